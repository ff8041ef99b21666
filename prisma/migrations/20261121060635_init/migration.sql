-- CreateEnum
CREATE TYPE "Locale" AS ENUM ('en', 'ru', 'kk', 'uz', 'tg', 'kaa');

-- CreateEnum
CREATE TYPE "TranslationStatus" AS ENUM ('MISSING', 'MACHINE', 'DRAFT', 'REVIEWED');

-- CreateEnum
CREATE TYPE "PublicationState" AS ENUM ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED');

-- CreateEnum
CREATE TYPE "ActivityStatus" AS ENUM ('ACTIVE', 'PAUSED', 'CLOSED');

-- CreateEnum
CREATE TYPE "LinkType" AS ENUM ('WEBSITE', 'INSTAGRAM', 'TELEGRAM', 'YOUTUBE', 'FACEBOOK', 'WHATSAPP', 'TIKTOK', 'LINKEDIN', 'X', 'VK', 'APP_STORE', 'GOOGLE_PLAY', 'EMAIL', 'OTHER');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN', 'EDITOR', 'CONTRIBUTOR');

-- CreateEnum
CREATE TYPE "MediaKind" AS ENUM ('LOGO', 'COVER');

-- CreateTable
CREATE TABLE "Initiative" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "state" "PublicationState" NOT NULL DEFAULT 'DRAFT',
    "publishedAt" TIMESTAMP(3),
    "version" INTEGER NOT NULL DEFAULT 1,
    "activityStatus" "ActivityStatus" NOT NULL DEFAULT 'ACTIVE',
    "lastVerifiedAt" DATE,
    "foundedYear" INTEGER,
    "sensitive" BOOLEAN NOT NULL DEFAULT false,
    "orgTypeId" UUID,
    "primaryCauseId" UUID,
    "logoId" UUID,
    "coverId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Initiative_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InitiativeTranslation" (
    "id" UUID NOT NULL,
    "initiativeId" UUID NOT NULL,
    "locale" "Locale" NOT NULL,
    "name" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "description" TEXT NOT NULL DEFAULT '',
    "region" TEXT,
    "city" TEXT,
    "status" "TranslationStatus" NOT NULL DEFAULT 'DRAFT',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "InitiativeTranslation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InitiativeAlias" (
    "id" UUID NOT NULL,
    "initiativeId" UUID NOT NULL,
    "value" TEXT NOT NULL,
    "locale" "Locale",

    CONSTRAINT "InitiativeAlias_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Country" (
    "code" CHAR(2) NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Country_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "CountryTranslation" (
    "countryCode" CHAR(2) NOT NULL,
    "locale" "Locale" NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "CountryTranslation_pkey" PRIMARY KEY ("countryCode","locale")
);

-- CreateTable
CREATE TABLE "InitiativeCountry" (
    "initiativeId" UUID NOT NULL,
    "countryCode" CHAR(2) NOT NULL,

    CONSTRAINT "InitiativeCountry_pkey" PRIMARY KEY ("initiativeId","countryCode")
);

-- CreateTable
CREATE TABLE "Cause" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "sdgs" INTEGER[],
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "Cause_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CauseTranslation" (
    "causeId" UUID NOT NULL,
    "locale" "Locale" NOT NULL,
    "name" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',

    CONSTRAINT "CauseTranslation_pkey" PRIMARY KEY ("causeId","locale")
);

-- CreateTable
CREATE TABLE "InitiativeCause" (
    "initiativeId" UUID NOT NULL,
    "causeId" UUID NOT NULL,

    CONSTRAINT "InitiativeCause_pkey" PRIMARY KEY ("initiativeId","causeId")
);

-- CreateTable
CREATE TABLE "OrgType" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "OrgType_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "OrgTypeTranslation" (
    "orgTypeId" UUID NOT NULL,
    "locale" "Locale" NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "OrgTypeTranslation_pkey" PRIMARY KEY ("orgTypeId","locale")
);

-- CreateTable
CREATE TABLE "InitiativeLink" (
    "id" UUID NOT NULL,
    "initiativeId" UUID NOT NULL,
    "type" "LinkType" NOT NULL,
    "url" TEXT NOT NULL,
    "handle" TEXT,
    "label" TEXT,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "InitiativeLink_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InitiativePerson" (
    "id" UUID NOT NULL,
    "initiativeId" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "role" JSONB NOT NULL DEFAULT '{}',
    "isPublic" BOOLEAN NOT NULL DEFAULT true,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "InitiativePerson_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Funder" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" JSONB NOT NULL,
    "url" TEXT,

    CONSTRAINT "Funder_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InitiativeFunding" (
    "id" UUID NOT NULL,
    "initiativeId" UUID NOT NULL,
    "funderId" UUID NOT NULL,
    "programme" JSONB NOT NULL DEFAULT '{}',
    "startYear" INTEGER,
    "endYear" INTEGER,

    CONSTRAINT "InitiativeFunding_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ImpactFigure" (
    "id" UUID NOT NULL,
    "initiativeId" UUID NOT NULL,
    "label" JSONB NOT NULL,
    "value" DECIMAL(18,2) NOT NULL,
    "unit" JSONB NOT NULL DEFAULT '{}',
    "year" INTEGER,
    "sourceId" UUID,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "ImpactFigure_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Source" (
    "id" UUID NOT NULL,
    "initiativeId" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT,
    "url" TEXT,
    "publishedAt" DATE,
    "locale" "Locale",

    CONSTRAINT "Source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Media" (
    "id" UUID NOT NULL,
    "kind" "MediaKind" NOT NULL,
    "storageKey" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "width" INTEGER NOT NULL,
    "height" INTEGER NOT NULL,
    "variants" JSONB NOT NULL DEFAULT '{}',
    "alt" JSONB NOT NULL DEFAULT '{}',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Media_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL DEFAULT '',
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL DEFAULT 'CONTRIBUTOR',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "sessionVersion" INTEGER NOT NULL DEFAULT 1,
    "lastLoginAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Initiative_slug_key" ON "Initiative"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Initiative_logoId_key" ON "Initiative"("logoId");

-- CreateIndex
CREATE UNIQUE INDEX "Initiative_coverId_key" ON "Initiative"("coverId");

-- CreateIndex
CREATE INDEX "Initiative_state_publishedAt_idx" ON "Initiative"("state", "publishedAt" DESC);

-- CreateIndex
CREATE INDEX "Initiative_orgTypeId_idx" ON "Initiative"("orgTypeId");

-- CreateIndex
CREATE INDEX "Initiative_primaryCauseId_idx" ON "Initiative"("primaryCauseId");

-- CreateIndex
CREATE INDEX "InitiativeTranslation_locale_idx" ON "InitiativeTranslation"("locale");

-- CreateIndex
CREATE UNIQUE INDEX "InitiativeTranslation_initiativeId_locale_key" ON "InitiativeTranslation"("initiativeId", "locale");

-- CreateIndex
CREATE UNIQUE INDEX "InitiativeAlias_initiativeId_value_key" ON "InitiativeAlias"("initiativeId", "value");

-- CreateIndex
CREATE INDEX "InitiativeCountry_countryCode_idx" ON "InitiativeCountry"("countryCode");

-- CreateIndex
CREATE UNIQUE INDEX "Cause_slug_key" ON "Cause"("slug");

-- CreateIndex
CREATE INDEX "InitiativeCause_causeId_idx" ON "InitiativeCause"("causeId");

-- CreateIndex
CREATE UNIQUE INDEX "OrgType_slug_key" ON "OrgType"("slug");

-- CreateIndex
CREATE INDEX "InitiativeLink_type_handle_idx" ON "InitiativeLink"("type", "handle");

-- CreateIndex
CREATE UNIQUE INDEX "InitiativeLink_initiativeId_type_url_key" ON "InitiativeLink"("initiativeId", "type", "url");

-- CreateIndex
CREATE INDEX "InitiativePerson_initiativeId_idx" ON "InitiativePerson"("initiativeId");

-- CreateIndex
CREATE UNIQUE INDEX "Funder_slug_key" ON "Funder"("slug");

-- CreateIndex
CREATE INDEX "InitiativeFunding_initiativeId_idx" ON "InitiativeFunding"("initiativeId");

-- CreateIndex
CREATE INDEX "InitiativeFunding_funderId_idx" ON "InitiativeFunding"("funderId");

-- CreateIndex
CREATE INDEX "ImpactFigure_initiativeId_idx" ON "ImpactFigure"("initiativeId");

-- CreateIndex
CREATE UNIQUE INDEX "Source_initiativeId_url_key" ON "Source"("initiativeId", "url");

-- CreateIndex
CREATE UNIQUE INDEX "Media_storageKey_key" ON "Media"("storageKey");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- AddForeignKey
ALTER TABLE "Initiative" ADD CONSTRAINT "Initiative_orgTypeId_fkey" FOREIGN KEY ("orgTypeId") REFERENCES "OrgType"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Initiative" ADD CONSTRAINT "Initiative_primaryCauseId_fkey" FOREIGN KEY ("primaryCauseId") REFERENCES "Cause"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Initiative" ADD CONSTRAINT "Initiative_logoId_fkey" FOREIGN KEY ("logoId") REFERENCES "Media"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Initiative" ADD CONSTRAINT "Initiative_coverId_fkey" FOREIGN KEY ("coverId") REFERENCES "Media"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeTranslation" ADD CONSTRAINT "InitiativeTranslation_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeAlias" ADD CONSTRAINT "InitiativeAlias_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CountryTranslation" ADD CONSTRAINT "CountryTranslation_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeCountry" ADD CONSTRAINT "InitiativeCountry_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeCountry" ADD CONSTRAINT "InitiativeCountry_countryCode_fkey" FOREIGN KEY ("countryCode") REFERENCES "Country"("code") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CauseTranslation" ADD CONSTRAINT "CauseTranslation_causeId_fkey" FOREIGN KEY ("causeId") REFERENCES "Cause"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeCause" ADD CONSTRAINT "InitiativeCause_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeCause" ADD CONSTRAINT "InitiativeCause_causeId_fkey" FOREIGN KEY ("causeId") REFERENCES "Cause"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "OrgTypeTranslation" ADD CONSTRAINT "OrgTypeTranslation_orgTypeId_fkey" FOREIGN KEY ("orgTypeId") REFERENCES "OrgType"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeLink" ADD CONSTRAINT "InitiativeLink_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativePerson" ADD CONSTRAINT "InitiativePerson_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeFunding" ADD CONSTRAINT "InitiativeFunding_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InitiativeFunding" ADD CONSTRAINT "InitiativeFunding_funderId_fkey" FOREIGN KEY ("funderId") REFERENCES "Funder"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImpactFigure" ADD CONSTRAINT "ImpactFigure_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ImpactFigure" ADD CONSTRAINT "ImpactFigure_sourceId_fkey" FOREIGN KEY ("sourceId") REFERENCES "Source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Source" ADD CONSTRAINT "Source_initiativeId_fkey" FOREIGN KEY ("initiativeId") REFERENCES "Initiative"("id") ON DELETE CASCADE ON UPDATE CASCADE;
