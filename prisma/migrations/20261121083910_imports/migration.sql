-- CreateEnum
CREATE TYPE "ImportRunStatus" AS ENUM ('RUNNING', 'SUCCEEDED', 'FAILED');

-- CreateEnum
CREATE TYPE "ImportCandidateStatus" AS ENUM ('NEW', 'ATTACHED', 'DRAFTED', 'DISMISSED');

-- CreateTable
CREATE TABLE "FeedImportRun" (
    "id" UUID NOT NULL,
    "source" TEXT NOT NULL,
    "feedTitle" TEXT,
    "status" "ImportRunStatus" NOT NULL DEFAULT 'RUNNING',
    "total" INTEGER NOT NULL DEFAULT 0,
    "processed" INTEGER NOT NULL DEFAULT 0,
    "created" INTEGER NOT NULL DEFAULT 0,
    "skipped" INTEGER NOT NULL DEFAULT 0,
    "error" TEXT,
    "startedById" UUID,
    "startedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" TIMESTAMP(3),

    CONSTRAINT "FeedImportRun_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImportCandidate" (
    "id" UUID NOT NULL,
    "runId" UUID NOT NULL,
    "dedupeKey" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "url" TEXT,
    "publisher" TEXT,
    "publishedAt" TIMESTAMP(3),
    "locale" "Locale",
    "excerpt" TEXT NOT NULL DEFAULT '',
    "content" TEXT NOT NULL DEFAULT '',
    "hints" JSONB NOT NULL DEFAULT '{}',
    "status" "ImportCandidateStatus" NOT NULL DEFAULT 'NEW',
    "initiativeId" UUID,
    "decidedById" UUID,
    "decidedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ImportCandidate_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "FeedImportRun_startedAt_idx" ON "FeedImportRun"("startedAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "ImportCandidate_dedupeKey_key" ON "ImportCandidate"("dedupeKey");

-- CreateIndex
CREATE INDEX "ImportCandidate_status_createdAt_idx" ON "ImportCandidate"("status", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "ImportCandidate_runId_idx" ON "ImportCandidate"("runId");

-- AddForeignKey
ALTER TABLE "ImportCandidate" ADD CONSTRAINT "ImportCandidate_runId_fkey" FOREIGN KEY ("runId") REFERENCES "FeedImportRun"("id") ON DELETE CASCADE ON UPDATE CASCADE;
