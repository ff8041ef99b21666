import type { InitiativeSeed } from "../types";

export const bhrSocialEntrepreneurshipLaw: InitiativeSeed = {
  slug: "bhr-social-entrepreneurship-law",
  translations: {
    en: {
      name: "Bureau for Human Rights and Rule of Law: Social Entrepreneurship Law",
      summary:
        "Advocacy by Tajikistan's Bureau for Human Rights and Rule of Law that helped draft the country's law on social entrepreneurship, meant to give NGOs and vulnerable groups a clear path into social business.",
      description: [
        "Tajikistan long had no clear legal framework for social entrepreneurship. The **Bureau for Human Rights and Rule of Law (BHR)**, led by Nargis Zokirova, helped prepare a draft law that defines social enterprises as socially responsible businesses that support vulnerable groups, produce essential goods and provide needed services.",
        "The work builds on BHR's long cooperation with the Parliament of Tajikistan, in particular with Jamshed Murtazozoda, who leads the working group on the law. In 2023 BHR presented its work at Eurasia Foundation's International Conference on Social Entrepreneurship in Dushanbe, where Murtazozoda stressed the need for a dedicated law. Soon afterwards BHR received a grant from Eurasia Foundation's Social Innovation in Central Asia (SICA) program.",
        "With this support the BHR team helped draft the law, organised a study tour to Moldova for members of the legal working group and held public hearings so that communities could be heard. A monitoring and evaluation system tracked events, outcomes and finances. In March 2024 the working group met government bodies, public organisations and international partners at a roundtable in Dushanbe to discuss the draft.",
        "The law was expected to be finalised by the end of 2024. According to BHR, it is in line with Tajikistan's National Development Strategy and the Sustainable Development Goals. It is meant to address the unclear rules that make it hard for NGOs to engage in entrepreneurial activity, help them serve their communities and create jobs for vulnerable people, including those on low incomes, people with disabilities and former prisoners.",
      ].join("\n\n"),
      status: "REVIEWED",
    },
    ru: {
      name: "Бюро по правам человека и соблюдению законности: закон о социальном предпринимательстве",
      summary:
        "Адвокационная работа таджикского Бюро по правам человека и соблюдению законности, которое помогло подготовить закон о социальном предпринимательстве, открывающий НКО и уязвимым группам путь в социальный бизнес.",
      description: [
        "В Таджикистане долго не было понятной правовой базы для социального предпринимательства. **Бюро по правам человека и соблюдению законности (BHR)** под руководством Наргис Зокировой помогло подготовить проект закона, который определяет социальные предприятия как социально ответственный бизнес, поддерживающий уязвимые группы, производящий необходимые товары и оказывающий востребованные услуги.",
        "Эта работа опирается на давнее сотрудничество Бюро с парламентом Таджикистана, прежде всего с Джамшедом Муртазозода, который возглавляет рабочую группу по закону. В 2023 году Бюро представило свою работу на Международной конференции по социальному предпринимательству, которую Фонд Евразия проводил в Душанбе; там Муртазозода подчеркнул, что стране нужен отдельный закон. Вскоре после этого Бюро получило грант программы «Социальные инновации в Центральной Азии» (SICA) Фонда Евразия.",
        "Благодаря гранту команда участвовала в разработке законопроекта, организовала для членов рабочей группы ознакомительную поездку в Молдову и провела общественные слушания, чтобы учесть мнение сообществ. Ход проекта отслеживала система мониторинга и оценки: мероприятия, результаты и финансы. В марте 2024 года рабочая группа обсудила законопроект за круглым столом в Душанбе с представителями госорганов, общественных и международных организаций.",
        "Закон планировалось доработать к концу 2024 года. По словам руководителя Бюро, он согласуется с Национальной стратегией развития Таджикистана и Целями устойчивого развития. Закон должен снять неясности, которые мешают НКО заниматься предпринимательством, помочь им лучше служить своим сообществам и создать рабочие места для уязвимых групп — малообеспеченных людей, людей с инвалидностью и бывших заключённых.",
      ].join("\n\n"),
      status: "REVIEWED",
    },
  },
  aliases: [
    "BHR",
    "Bureau for Human Rights and Rule of Law",
    "Бюро по правам человека и соблюдению законности",
    "Law on Social Entrepreneurship",
    "Закон о социальном предпринимательстве",
  ],
  countries: ["TJ"],
  causes: ["social-entrepreneurship", "good-governance", "economic-empowerment"],
  primaryCause: "social-entrepreneurship",
  type: "advocacy-campaign",
  activityStatus: "ACTIVE",
  sensitive: false,
  links: [],
  people: [
    {
      name: "Nargis Zokirova",
      role: {
        en: "Head of the Bureau for Human Rights and Rule of Law",
        ru: "Руководитель Бюро по правам человека и соблюдению законности",
      },
      isPublic: true,
    },
  ],
  fundings: [
    {
      funder: {
        slug: "eurasia-foundation",
        name: { en: "Eurasia Foundation", ru: "Фонд Евразия" },
      },
      programme: {
        en: "Social Innovation in Central Asia (SICA)",
        ru: "«Социальные инновации в Центральной Азии» (SICA)",
      },
    },
  ],
  impacts: [],
  sources: [
    {
      title:
        "New Law on Social Entrepreneurship Set to Strengthen Vulnerable Communities in Tajikistan",
      publisher: "Eurasia Foundation",
      url: "https://www.eurasia.org/success-stories/new-law-on-social-entrepreneurship-set-to-strengthen-vulnerable-communities-in-tajikistan/",
      publishedAt: "2024-10-01",
      locale: "en",
    },
  ],
};
