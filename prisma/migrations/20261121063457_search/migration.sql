-- Trigram matching for typo-tolerant name search (a trusted extension since PostgreSQL 13: the
-- database owner may create it). schema.prisma does not declare it, as Prisma supports
-- datasource `extensions` only behind a preview feature.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- CreateTable
CREATE TABLE "InitiativeSearch" (
    "initiativeId" UUID NOT NULL,
    "published" BOOLEAN NOT NULL,
    "publishedAt" TIMESTAMP(3),
    "activityStatus" "ActivityStatus" NOT NULL,
    "names" TEXT NOT NULL,
    "sortNames" JSONB NOT NULL DEFAULT '{}',
    "document" tsvector NOT NULL,
    "head" tsvector NOT NULL,
    "countryCodes" TEXT[],
    "causeIds" UUID[],
    "orgTypeId" UUID,
    "locales" "Locale"[],
    "updatedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "InitiativeSearch_pkey" PRIMARY KEY ("initiativeId")
);

-- CreateIndex
CREATE INDEX "InitiativeSearch_document_idx" ON "InitiativeSearch" USING GIN ("document");

-- CreateIndex
CREATE INDEX "InitiativeSearch_names_idx" ON "InitiativeSearch" USING GIN ("names" gin_trgm_ops);

-- AddForeignKey
ALTER TABLE "InitiativeSearch" ADD CONSTRAINT "InitiativeSearch_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;
