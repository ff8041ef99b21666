import type { InitiativeSeed } from "../types";

export const askak: InitiativeSeed = {
  slug: "askak",
  translations: {
    en: {
      name: "ASKAK Coalition",
      summary:
        "The “Anti-Nuclear Stand of Kazakhstan” Coalition (ASKAK) unites communities affected by nuclear testing and their allies, and brings survivors' needs to the UN and to Kazakhstan's policymakers.",
      description: [
        "The **“Anti-Nuclear Stand of Kazakhstan” Coalition (ASKAK)** is an alliance of communities affected by nuclear testing and their allies. It is a non-governmental, non-profit organisation co-founded by youth activist Rakhmatulla Yerdaulet Bakytzhanuly. With the blessing of elders of the anti-nuclear movement, he and his colleague Aigerim Seitenova set out to take this work to a new level. The acronym also echoes a Kazakh word for greatness or elevation.",
        "ASKAK builds solidarity across generations, ethnic groups and social sectors. Its advocacy centres on Articles 6 and 7 of the Treaty on the Prohibition of Nuclear Weapons (TPNW), which cover victim assistance, environmental remediation and international cooperation. It carries the voices of communities in Semey and other affected areas to decision-making forums such as the UN, and campaigns for reform of Kazakhstan's 1992 law on social protection for victims of nuclear tests.",
        "Ahead of the TPNW's third Meeting of States Parties in 2025, the coalition ran three free online trainings for more than 15 delegates from affected communities and civil society, held consultations with Central Asian civil society and Kazakhstan's Permanent Mission to the UN, and surveyed survivors about their needs. The findings went to the UN as a report with survivor-led recommendations. At the meeting, which Kazakhstan chaired, civil society gave ASKAK an unofficial co-chair role; it hosted eight side events in one week, Aigerim Seitenova premiered her documentary *JARA* on radiation's impact on Kazakh women, and survivors and allies addressed the UN Trusteeship Council and the plenary for the first time.",
        "All of this was done by two activists without funding apart from travel grants.",
      ].join("\n\n"),
      status: "REVIEWED",
    },
    ru: {
      name: "Коалиция ASKAK",
      summary:
        "Коалиция «Антиядерная позиция Казахстана» (ASKAK) объединяет сообщества, пострадавшие от ядерных испытаний, и их союзников и доносит нужды пострадавших до ООН и казахстанских властей.",
      description: [
        "**Коалиция «Антиядерная позиция Казахстана» (ASKAK)** — союз сообществ, пострадавших от ядерных испытаний, и их союзников. Это неправительственная некоммерческая организация; одним из её основателей стал молодой активист Рахматулла Ердаулет Бакытжанулы. С благословения старейшин антиядерного движения он и его коллега Айгерим Сейтенова решили вывести эту работу на новый уровень. Аббревиатура перекликается с казахским словом, означающим величие и устремлённость ввысь.",
        "ASKAK строит солидарность между поколениями, этническими группами и разными секторами общества. В центре её адвокации — статьи 6 и 7 Договора о запрещении ядерного оружия (ДЗЯО) о помощи пострадавшим, восстановлении окружающей среды и международном сотрудничестве. Коалиция доносит голоса жителей Семея и других пострадавших регионов до площадок, где принимаются решения, включая ООН, и добивается реформы казахстанского закона 1992 года о социальной защите пострадавших от ядерных испытаний.",
        "Перед третьим совещанием государств — участников ДЗЯО в 2025 году коалиция провела три бесплатных онлайн-тренинга для более чем 15 делегатов от пострадавших сообществ и гражданского общества, организовала консультации с гражданским обществом Центральной Азии и Постоянным представительством Казахстана при ООН и опросила пострадавших об их нуждах. Результаты легли в доклад для ООН с рекомендациями самих пострадавших. На совещании, которым официально председательствовал Казахстан, гражданское общество отвело ASKAK роль неофициального сопредседателя: за неделю коалиция провела восемь параллельных мероприятий, Айгерим Сейтенова показала в ООН свой документальный фильм JARA о последствиях радиации для казахстанских женщин, а пострадавшие и их союзники впервые выступили в Совете по опеке ООН и на пленарном заседании.",
        "Всё это сделали два активиста — без финансирования, если не считать грантов на поездки.",
      ].join("\n\n"),
      status: "REVIEWED",
    },
    kk: {
      name: "ASKAK коалициясы",
      summary:
        "«Қазақстанның антиядролық ұстанымы» коалициясы (ASKAK) ядролық сынақтан зардап шеккен қауымдастықтар мен олардың одақтастарын біріктіріп, олардың мұқтаждығын БҰҰ мен шешім қабылдаушыларға жеткізеді.",
      description: [
        "**«Қазақстанның антиядролық ұстанымы» коалициясы (ASKAK)** – ядролық сынақтан зардап шеккен қауымдастықтар мен олардың одақтастарының бірлестігі. Бұл – үкіметтік емес, коммерциялық емес ұйым. Оның негізін қалаушылардың бірі – жас белсенді Rakhmatulla Yerdaulet Bakytzhanuly. Аббревиатура қазақ тіліндегі «асқақ» сөзін еске салады.",
        "Коалиция ұрпақтар, этностар және қоғамның түрлі салалары арасындағы ынтымақты нығайтады. Ол Ядролық қаруға тыйым салу туралы шарттың құрбандарға көмек көрсету, қоршаған ортаны қалпына келтіру және халықаралық ынтымақтастық туралы 6 және 7-баптарына басымдық береді. Семей мен басқа да зардап шеккен өңірлердің үнін БҰҰ сияқты алаңдарға жеткізіп, 1992 жылғы ядролық сынақ құрбандарын әлеуметтік қорғау туралы заңды жетілдіруді талап етеді.",
        "2025 жылғы Шартқа қатысушы мемлекеттердің үшінші кеңесі алдында коалиция 15-тен астам делегатқа үш тегін онлайн-тренинг өткізді, зардап шеккендер арасында сауалнама жүргізіп, БҰҰ-ға баяндама жолдады. Кеңес кезінде бір апта ішінде сегіз қосымша іс-шара ұйымдастырды. Бұл жұмыстың бәрін екі белсенді жол гранттарынан басқа ешқандай қаржысыз атқарды.",
      ].join("\n\n"),
      status: "DRAFT",
    },
  },
  aliases: [
    "ASKAK",
    "Anti-Nuclear Stand of Kazakhstan",
    "Nuclear Justice Coalition",
    "Qazaq Nuclear Frontline Coalition",
    "АСКАК",
    "Асқақ",
  ],
  countries: ["KZ"],
  causes: ["peace-disarmament", "human-rights", "civic-participation"],
  primaryCause: "peace-disarmament",
  type: "coalition",
  activityStatus: "ACTIVE",
  sensitive: false,
  links: [
    {
      type: "OTHER",
      value:
        "https://docs-library.unoda.org/Treaty_on_the_Prohibition_of_Nuclear_Weapons_-ThirdMeeting_of_States_Parties_(2025)/TPNW_MSP_2025_NGO_23_Qazaq_Nuclear_Frontline_Coalition.pdf",
      label: "Survivors' needs-assessment report to the UN",
    },
  ],
  people: [
    {
      name: "Rakhmatulla Yerdaulet Bakytzhanuly",
      role: { en: "Co-founder", ru: "Сооснователь", kk: "Негізін қалаушылардың бірі" },
      isPublic: true,
    },
    {
      name: "Aigerim Seitenova",
      role: { en: "Coalition activist", ru: "Активистка коалиции", kk: "Коалиция белсендісі" },
      isPublic: true,
    },
  ],
  fundings: [],
  impacts: [
    {
      label: {
        en: "Delegates from affected communities and civil society brought to the TPNW meeting (more than)",
        ru: "Делегатов от пострадавших сообществ и гражданского общества на совещании ДЗЯО (более)",
      },
      value: 15,
      source: 0,
    },
    {
      label: {
        en: "Free online training sessions for delegates",
        ru: "Бесплатных онлайн-тренингов для делегатов",
      },
      value: 3,
      source: 0,
    },
    {
      label: {
        en: "Side events hosted during the TPNW meeting week",
        ru: "Параллельных мероприятий за неделю совещания ДЗЯО",
      },
      value: 8,
      source: 0,
    },
  ],
  sources: [
    {
      title:
        "“Youth Striving to Change the World Are Never Alone”: An Interview with Rakhmatulla Yerdaulet",
      publisher: "Birgemiz",
      url: "https://qazvolunteer.kz/en/articles/molodezh-stremyashchayasya-izmenit-mir-nikogda-ne-byvaet-odna-intervyu-s-rakhmatulla-erdauletom",
      publishedAt: "2025-04-23",
      locale: "en",
    },
  ],
};
