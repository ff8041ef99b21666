import type { InitiativeSeed } from "../types";

export const fidokorWomensMutualAidGroups: InitiativeSeed = {
  slug: "fidokor-womens-mutual-aid-groups",
  translations: {
    en: {
      name: "Fidokor Women's Mutual Aid Groups",
      summary:
        "Community mutual aid groups set up by the Tajik NGO Fidokor to prevent violence and stigma against women, especially wives of labour migrants, and to connect them with legal, social and economic help.",
      description: [
        "**Fidokor** is a Dushanbe-based NGO that forms women's mutual aid groups to prevent and respond to violence and stigma. It focuses on women married to labour migrants: while their husbands work far from home for long periods, they carry most of the household, family finances and farm work, are especially exposed to violence and discrimination, and often hesitate or do not know how to ask for help.",
        "With support from Eurasia Foundation's Social Innovation in Central Asia (SICA) program, Fidokor facilitates four groups in the Levakanda, Vakhsh, Jami and Kushanian districts. Women, men, religious leaders and other community members take part; they listen to women and support one another through shelter, peer counselling and outreach. The project's coordinator, a former teacher, came to the work after seeing how violence and stigma against migrants' wives harmed their children's learning and self-esteem.",
        "Together with local mahalla (neighbourhood) committees and the Public Councils for Public Order under the Department of Internal Affairs, the groups have helped 47 women with legal, social and economic aid, including free consultations with a lawyer, advice on cancelling loan burdens left by husbands, and professional development courses. In one case, a mother of six left to provide for two households received police protection against relatives trying to take her house, and a local farmer gave her a greenhouse so she could grow and sell crops.",
        "All four groups have signed memorandums of understanding with district community councils to make their work last, and they are applying for independent funding. Fidokor plans to strengthen them with courses on project design and implementation, mentoring and methodological support.",
      ].join("\n\n"),
      status: "REVIEWED",
    },
    ru: {
      name: "Женские группы взаимопомощи «Фидокор»",
      summary:
        "Группы взаимопомощи, которые таджикская НКО «Фидокор» создаёт в местных сообществах, чтобы защищать женщин, прежде всего жён трудовых мигрантов, от насилия и стигмы и помогать им получить правовую, социальную и экономическую поддержку.",
      description: [
        "**«Фидокор»** — НКО из Душанбе, которая создаёт женские группы взаимопомощи для профилактики насилия и стигмы и реагирования на них. В центре внимания — жёны трудовых мигрантов. Пока мужья подолгу работают далеко от дома, на этих женщинах держатся хозяйство, семейный бюджет и работа на земле; они особенно уязвимы для насилия и дискриминации, но часто не решаются или не знают, как попросить о помощи.",
        "При поддержке программы «Социальные инновации в Центральной Азии» (SICA) Фонда Евразия «Фидокор» ведёт четыре группы — в районах Леваканд, Вахш, Джами и Кушониён. В них участвуют женщины, мужчины, религиозные лидеры и другие жители: они выслушивают женщин и помогают друг другу — дают временное убежище, консультируют по принципу «равный — равному», ведут работу в сообществе. Координатор проекта, бывший учитель, пришёл к этой работе, когда увидел, как насилие и стигма в отношении жён мигрантов сказываются на учёбе и самооценке их детей.",
        "Вместе с махаллинскими комитетами и общественными советами по охране общественного порядка при отделах внутренних дел группы помогли 47 женщинам получить правовую, социальную и экономическую поддержку: бесплатные консультации юриста, помощь в списании кредитов, оставшихся от мужей, курсы повышения квалификации. В одном из случаев мать шестерых детей, которой пришлось содержать сразу две семьи, получила защиту полиции от родственников, пытавшихся отнять у неё дом, а местный фермер выделил ей теплицу, чтобы она могла выращивать и продавать урожай.",
        "Все четыре группы подписали меморандумы о взаимопонимании с районными общественными советами, чтобы их работа была долгосрочной, и сейчас ищут собственное финансирование. «Фидокор» планирует укреплять группы с помощью курсов по разработке и реализации проектов, наставничества и методической поддержки.",
      ].join("\n\n"),
      status: "REVIEWED",
    },
  },
  aliases: ["Fidokor", "Фидокор"],
  countries: ["TJ"],
  causes: ["violence-prevention", "gender-equality", "migration", "economic-empowerment"],
  primaryCause: "violence-prevention",
  type: "informal-group",
  activityStatus: "ACTIVE",
  sensitive: true,
  links: [],
  people: [
    {
      name: "Rustam Bakhriddinov",
      role: { en: "Project coordinator", ru: "Координатор проекта" },
      isPublic: false,
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
  impacts: [
    {
      label: { en: "Mutual aid groups facilitated", ru: "Групп взаимопомощи" },
      value: 4,
      source: 0,
    },
    {
      label: {
        en: "Women who received legal, social and economic aid",
        ru: "Женщин получили правовую, социальную и экономическую помощь",
      },
      value: 47,
      source: 0,
    },
  ],
  sources: [
    {
      title: "Supporting Women through Mutual Aid Groups in Tajikistan",
      publisher: "Eurasia Foundation",
      url: "https://www.eurasia.org/success-stories/supporting-women-through-mutual-aid-groups-in-tajikistan/",
      publishedAt: "2024-10-15",
      locale: "en",
    },
  ],
};
