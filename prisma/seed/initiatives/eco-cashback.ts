import type { InitiativeSeed } from "../types";

export const ecoCashback: InitiativeSeed = {
  slug: "eco-cashback",
  translations: {
    en: {
      name: "Eco Cashback",
      summary:
        "A recycling programme run by Generation in Aksukent, near Shymkent, that pays residents for sorting and handing in household waste and now has its own mobile app.",
      description: [
        "**Eco Cashback** is a programme in Aksukent, a town outside Shymkent in Kazakhstan's Turkestan region, in which residents earn money by sorting and recycling their household waste. It grew out of **Generation**, an organisation that social entrepreneur Vladislav Golyarko launched after five years of start-up work to recover reusable materials from waste and run this work at a profit.",
        "Villagers were sceptical at first but joined once they saw the income. The programme first served low-income and socially vulnerable residents looking for extra earnings and later also drew people with moderate incomes, local entrepreneurs and the self-employed. Its barter shop lets people facing food insecurity trade recyclables for food and swap food waste for compost for local farming. Recycling boxes around the town and regular community clean-ups have helped shrink the local landfill.",
        "Eurasia Foundation's Social Innovation in Central Asia (SICA) program backed the project three times: an institutional development grant in 2019 that upgraded the office and workflows, a Social Idea Accelerator Grant that paid for new equipment and began the digitalisation of the service, and a third grant in 2022 that widened its audience. Eco Cashback has since released a mobile app on the Apple Store and Google Play that lets users sell recyclables from home.",
        "The team is turning the public association into a social enterprise and wants to grow beyond Aksukent across the Turkestan region, with branches in neighbouring Central Asian countries as a longer-term goal. It also promotes green budgeting: 80% of earnings go to residents, who decide themselves how to use the money, and 20% stays with the company.",
      ].join("\n\n"),
      city: "Aksukent",
      region: "Turkestan region",
      status: "REVIEWED",
    },
    ru: {
      name: "Eco Cashback",
      summary:
        "Программа организации Generation в Аксукенте под Шымкентом: жители получают деньги за сортировку и сдачу бытовых отходов, а теперь могут сдавать вторсырьё через мобильное приложение.",
      description: [
        "**Eco Cashback** — программа в Аксукенте, посёлке под Шымкентом в Туркестанской области: жители зарабатывают, сортируя и сдавая на переработку бытовые отходы. Она выросла из организации **Generation**, которую социальный предприниматель Владислав Голярко запустил после пяти лет подготовительной работы. Generation извлекает из отходов материалы для повторного использования и делает это с прибылью.",
        "Поначалу жители относились к затее скептически, но включились, когда увидели реальный доход. Сначала программа была рассчитана на малообеспеченных и социально уязвимых людей, которым нужен дополнительный заработок, а затем к ней присоединились люди со средним доходом, местные предприниматели и самозанятые. В бартерном магазине те, кому не хватает еды, могут обменять вторсырьё на продукты, а пищевые отходы — на компост для местных хозяйств. Контейнеры для вторсырья по всему посёлку и регулярные субботники помогли уменьшить местную свалку.",
        "Программа «Социальные инновации в Центральной Азии» (SICA) Фонда Евразия поддержала проект трижды: грантом на институциональное развитие в 2019 году, который позволил обновить оборудование офиса и наладить процессы; грантом Social Idea Accelerator, на который закупили новое оборудование и начали цифровизацию; и третьим грантом в 2022 году, благодаря которому программа вышла на новую аудиторию. Сейчас у Eco Cashback есть мобильное приложение в Apple Store и Google Play, через которое можно сдать вторсырьё, не выходя из дома.",
        "Команда превращает общественное объединение в социальное предприятие и хочет выйти за пределы Аксукента — на всю Туркестанскую область, а в перспективе открыть филиалы в соседних странах Центральной Азии. Она также продвигает идею «зелёного бюджета»: 80% заработка получают жители и сами решают, на что его направить, а 20% остаётся компании.",
      ].join("\n\n"),
      city: "Аксукент",
      region: "Туркестанская область",
      status: "REVIEWED",
    },
  },
  aliases: ["Generation", "EcoCashback", "Эко Кэшбэк"],
  countries: ["KZ"],
  causes: ["environment", "economic-empowerment", "social-entrepreneurship"],
  primaryCause: "environment",
  type: "social-enterprise",
  activityStatus: "ACTIVE",
  sensitive: false,
  links: [],
  people: [
    {
      name: "Vladislav Golyarko",
      role: { en: "Founder", ru: "Основатель" },
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
        en: "Social Innovation in Central Asia (SICA): institutional development grant",
        ru: "«Социальные инновации в Центральной Азии» (SICA): грант на институциональное развитие",
      },
      startYear: 2019,
    },
    {
      funder: {
        slug: "eurasia-foundation",
        name: { en: "Eurasia Foundation", ru: "Фонд Евразия" },
      },
      programme: {
        en: "Social Innovation in Central Asia (SICA): Social Idea Accelerator Grant",
        ru: "«Социальные инновации в Центральной Азии» (SICA): грант Social Idea Accelerator",
      },
    },
    {
      funder: {
        slug: "eurasia-foundation",
        name: { en: "Eurasia Foundation", ru: "Фонд Евразия" },
      },
      programme: {
        en: "Social Innovation in Central Asia (SICA)",
        ru: "«Социальные инновации в Центральной Азии» (SICA)",
      },
      startYear: 2022,
    },
  ],
  impacts: [
    {
      label: {
        en: "Share of earnings paid to residents",
        ru: "Доля заработка, которая достаётся жителям",
      },
      value: 80,
      unit: { en: "%", ru: "%" },
      source: 0,
    },
  ],
  sources: [
    {
      title: "Championing Entrepreneurship in Southern Kazakhstan",
      publisher: "Eurasia Foundation",
      url: "https://www.eurasia.org/success-stories/championing-environmental-entrepreneurship-in-southern-kazakhstan/",
      publishedAt: "2024-10-28",
      locale: "en",
    },
  ],
};
