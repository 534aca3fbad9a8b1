import type { Prisma } from "@/lib/generated/prisma/client";
import {
  DatePrecision,
  DocumentAdoption,
  DocumentType,
  EventKind,
  InitiativeStatus,
  Region,
  Sector,
  SourceKind,
  StatisticUnit,
  TradeScope,
  VentureStatus,
} from "@/lib/generated/prisma/enums";

// The facts the portal starts with, exactly as the source articles (prisma/sources) give them. Every
// quote is a verbatim passage of its source file in prisma/sources, with whitespace runs
// collapsed to one space; fields a source leaves open stay null.

export type CountryCode = "KZ" | "KG" | "TJ" | "TM" | "UZ" | "AZ";
export type SourceId = "src-s1" | "src-s2" | "src-s3" | "src-s4" | "src-s5" | "src-r1";

/** What backs one row: a verbatim quote, or for the general reference R1 a note. */
export type CitationSeed = { sourceId: SourceId; quote?: string; noteRu?: string; noteEn?: string };

// Columns the database manages itself; the seed never writes them.
type Managed = "id" | "version" | "createdAt" | "updatedAt" | "deletedAt";
type Cited<T> = Omit<T, Managed> & { id: string; citations: readonly CitationSeed[] };

export type CountrySeed = Prisma.CountryCreateManyInput & {
  code: CountryCode;
  citations: readonly CitationSeed[];
};
export type SourceSeed = Omit<Prisma.SourceCreateManyInput, Managed> & { id: SourceId };
export type EventSeed = Cited<Prisma.EventCreateManyInput> & {
  participants: readonly CountryCode[];
};
export type DocumentSeed = Cited<Prisma.EventDocumentCreateManyInput>;
export type StatusChangeSeed = Cited<Omit<Prisma.InitiativeStatusChangeCreateManyInput, "initiativeId">>;
// No status column: an initiative's status is its latest status change.
export type InitiativeSeed = Cited<Omit<Prisma.InitiativeCreateManyInput, "status">> & {
  statusChanges: readonly StatusChangeSeed[];
};
export type VenturePartnerSeed = Omit<Prisma.VenturePartnerCreateManyInput, "id" | "ventureId" | "position">;
export type VentureSeed = Cited<Prisma.JointVentureCreateManyInput> & {
  partners: readonly VenturePartnerSeed[];
};
export type TradeFigureSeed = Cited<Prisma.TradeFigureCreateManyInput>;
export type RestatementSeed = Cited<Omit<Prisma.TargetRestatementCreateManyInput, "targetId">>;
export type TargetSeed = Cited<Prisma.TargetCreateManyInput> & {
  restatements: readonly RestatementSeed[];
};
export type StatisticSeed = Cited<Prisma.StatisticCreateManyInput>;

// Calendar days are stored in @db.Date columns; UTC midnight keeps the day the same
// whatever the time zone of the process that seeds.
function day(isoDate: string): Date {
  return new Date(`${isoDate}T00:00:00.000Z`);
}

const CENTRAL_ASIA: readonly CountryCode[] = ["KZ", "KG", "TJ", "TM", "UZ"];
const CENTRAL_ASIA_AND_AZ: readonly CountryCode[] = [...CENTRAL_ASIA, "AZ"];

const TOKAYEV = { ru: "Касым-Жомарт Токаев", en: "Kassym-Jomart Tokayev" };
const MIRZIYOYEV = { ru: "Шавкат Мирзиёев", en: "Shavkat Mirziyoyev" };
const BERDIMUHAMEDOV = { ru: "Сердар Бердымухамедов", en: "Serdar Berdimuhamedov" };

// Passages cited by more than one row (an initiative and its first status change, a
// trade figure and the target built on it).
const quote = {
  s1Trade:
    "Это позволило за последние пять лет увеличить внутрирегиональный товарооборот на более чем 80% до 11 млрд. долл., а в ближайшую перспективу довести его до 15 млрд. долл.",
  s1StrategyAndCouncil:
    "Для придания системного характера совместным усилиям, главой Узбекистана предложено разработать Стратегию развития промышленной кооперации стран Центральной Азии на долгосрочную перспективу, а также создать Экономический совет государств Центральной Азии.",
  s1ActionPlan:
    "Для его полного использования было предложено разработать план действий по развитию промышленной кооперации государств Центральной Азии, который позволит сформировать замкнутые циклы производства отдельных видов товаров с перспективой экспорта на рынки третьих стран.",
  s1TradeChamber:
    "В этой связи, для координации совместных шагов в развитии торговли, обеспечения коммерческих интересов всех потенциальных экономических субъектов центральноазиатского рынка, привлечения инвестиций для претворения в жизнь крупных региональных проектов предложено создание Центральноазиатской Торговой палаты.",
  s2Roadmap:
    "В настоящее время в горнодобывающей и текстильной промышленности, автомобилестроении и строительстве успешно функционируют целый ряд предприятий, в рамках реализации отдельной «Дорожной карты» по расширению и углублению промышленной кооперации между Узбекистаном и Казахстаном.",
  s2Center: "Для содействия этим целям создается Международный центр промышленной кооперации на приграничной территории двух стран.",
  s2Enterprises: "В настоящее время в Казахстане зарегистрировано 2144 предприятия с узбекским капиталом (5,8% от общего числа), из них 1414 действующих.",
  s2Automotive:
    "В сфере машиностроения АО «UZAuto Motors» и АО «MAN Auto-Uzbekistan» создали совместные предприятия с ТОО «СарыаркаАвтоПром» в Костанае по производству автомобилей Chevrolet и грузовых автомобилей MAN.",
  // The sentence that opens S2's paragraph of Uzbek–Kazakh ventures: where a company's country
  // is not in its own sentence, it is read from this (VenturePartner.countryInferred).
  s2UzbekBusiness: "Узбекский бизнес стал активно инвестировать в экономику Казахстана.",
  s2Trade2020: "Если в целом за 2020 год товарооборот между странами превысил 3 миллиарда долларов",
  s4Trade2024: "В итоге объем внутрирегиональной торговли в прошлом году достиг 11,5 млрд долларов.",
  s4CargoTracking:
    "Чтобы избежать дублирования проверок, избыточных бюрократических процедур при прохождении границ, считаем целесообразным рассмотреть вопрос внедрения Единой системы электронного сопровождения грузов.",
  s4TransportStrategy:
    "Для дальнейшего укрепления потенциала региона предлагаем начать совместную разработку Комплексной стратегии развития транспортной системы Центральной Азии.",
  s4RareEarths:
    "Казахстан предложил создать в Астане Региональный исследовательский центр по редкоземельным металлам, который мог бы предоставлять инвесторам актуальную информацию о доступных месторождениях и технологиях их разработки",
  s4Ai: "Предлагаем начать разработку Декларации об ответственном использовании искусственного интеллекта государствами Центральной Азии.",
  s4WaterStrategies:
    "Учитывая трансграничный характер водной проблематики, полагаю важным гармонизировать наши водные стратегии, в том числе для масштабирования наиболее успешных практик водосбережения.",
  s4WaterConvention:
    "В перспективе можно подумать и о принятии в соответствии с международными стандартами Рамочной конвенции Центральной Азии по водопользованию.",
  s4IfasSummit:
    "Подходящей площадкой для обсуждения этих предложений станет заседание глав государств - учредителей Международного фонда спасения Арала, который пройдет в следующем году в Астане в апреле одновременно с Региональным экологическим саммитом.",
  s4Tourism:
    "Кроме того, предлагаем принять действенные меры по продвижению единого туристического бренда Центральной Азии. Правовой основой для наращивания сотрудничества может стать Соглашение о сотрудничестве в области туризма и создание единого туристического пространства стран Центральной Азии",
  s4ExpertForum:
    "Предлагаю рассмотреть возможность включения Центрально-Азиатского экспертного форума в систему регионального взаимодействия с его трансформацией в ключевую платформу для осуществления исследований и формирования единых подходов",
  s4AgroProcessing:
    "По словам Токаева, Казахстан готов к взаимовыгодной работе в этом направлении, в том числе через создание совместных предприятий по глубокой переработке зерна, масличных и мясомолочных продуктов, развитию животноводства и органического растениеводства.",
  s4AzAccession: "Решение о присоединении Азербайджана в качестве полноправного участника Консультативной встречи глав государств Центральной Азии.",
  s5InvestmentPartnership:
    "При этом, стороны договорились об углублении экономического сотрудничества и разработке механизмов инвестиционного партнерства. Как сообщает министерство инвестиций, промышленности и торговли Узбекистана, эти договоренности были достигнуты по итогам первого заседания Совета министров торговли и инвестиций стран Центральной Азии и Азербайджана, состоявшемся сегодня в Ташкенте.",
  s5TradeTools: "Особое внимание было уделено разработке практических инструментов для увеличения регионального товарооборота до $20 млрд в год.",
  s5GreenEnergy: 'Отрадно, что между Азербайджаном, Казахстаном и Узбекистаном уже подписано соглашение по экспорту "зеленой энергии".',
  s5ForumParticipants:
    "всего в данном форуме принимают участие более 300 представителей министерств и ведомств, торгово-промышленных палат, крупных компаний и частного сектора из Узбекистана, Казахстана, Кыргызстана, Таджикистана, Туркменистана и Азербайджана.",
  s5AzCompanies:
    'более 30 азербайджанских компаний принимают участие в международном бизнес-форуме "Great Silk Road Business Cooperation Forum - 2025", проходящем ныне в Ташкентской области Узбекистана.',
} as const;

// Signed and approved documents are listed under these two headings of S4.
const SIGNED_AT_VII = {
  noteRu: "В статье указан среди документов, которые «президенты подписали».",
  noteEn: "Listed in the article among the documents the presidents signed («президенты подписали»).",
};
const APPROVED_AT_VII = {
  noteRu: "В статье указан среди документов, которые «Совместным заявлением глав государств Центральной Азии были одобрены».",
  noteEn: "Listed in the article among the documents approved by the Joint Statement of the heads of state («были одобрены»).",
};

// Notes on the context citation of ventures whose partners' countries S2 does not state.
const NATIONALITY_FROM_CONTEXT = {
  ru: "Страны партнёров установлены по контексту: абзац о совместных предприятиях начинается этой фразой, а предложение о самом предприятии страну компаний не называет.",
  en: "The partners' countries are inferred from context: the paragraph on the ventures opens with this sentence, while the sentence on the venture itself does not state the companies' countries.",
};
const NURAFSHON_UZBEK_SIDE = {
  ru: "Страны партнёров установлены по контексту: статья называет Nurafshon совместным предприятием в абзаце об узбекском бизнесе в Казахстане и называет только принимающую компанию в Костанае, но не узбекскую.",
  en: "The partners' countries are inferred from context: the article calls Nurafshon a joint venture in the paragraph on Uzbek business in Kazakhstan and names only the host company in Kostanay, not the Uzbek one.",
};

export const countries: readonly CountrySeed[] = [
  { code: "KZ", nameRu: "Казахстан", nameEn: "Kazakhstan", region: Region.CENTRAL_ASIA, citations: [] },
  { code: "KG", nameRu: "Кыргызстан", nameEn: "Kyrgyzstan", region: Region.CENTRAL_ASIA, citations: [] },
  { code: "TJ", nameRu: "Таджикистан", nameEn: "Tajikistan", region: Region.CENTRAL_ASIA, citations: [] },
  { code: "TM", nameRu: "Туркменистан", nameEn: "Turkmenistan", region: Region.CENTRAL_ASIA, citations: [] },
  { code: "UZ", nameRu: "Узбекистан", nameEn: "Uzbekistan", region: Region.CENTRAL_ASIA, citations: [] },
  {
    code: "AZ",
    nameRu: "Азербайджан",
    nameEn: "Azerbaijan",
    region: Region.PARTNER,
    citations: [{ sourceId: "src-s4", quote: quote.s4AzAccession }],
  },
];

export const sources: readonly SourceSeed[] = [
  {
    id: "src-s1",
    kind: SourceKind.ARTICLE,
    titleRu: "Промышленная кооперация – императив взаимодополняемости и формирования точек роста в Центральной Азии",
    titleEn: "Industrial cooperation: an imperative of complementarity and of building growth points in Central Asia",
    // The article quotes Trostyansky D.V. but does not name its own author.
    author: null,
    publisher: null,
    // Written after the meeting of 14 September 2023; the day is not given.
    publishedOn: null,
    language: "ru",
    fileName: "2023-09-v-meeting-industrial-cooperation.ru.txt",
  },
  {
    id: "src-s2",
    kind: SourceKind.ARTICLE,
    titleRu: "Реализация конкретных проектов в сфере промышленной кооперации",
    titleEn: "Implementing specific projects in industrial cooperation",
    author: null,
    publisher: null,
    // Reports the visit of 5–6 December 2021 after the fact; the day is not given.
    publishedOn: null,
    language: "ru",
    fileName: "2021-12-uz-kz-state-visit-industrial-cooperation.ru.txt",
  },
  {
    id: "src-s3",
    kind: SourceKind.ARTICLE,
    titleRu: "Эксперты стран Центральной Азии обсудили перспективы регионального сотрудничества",
    titleEn: "Experts of Central Asian countries discussed prospects for regional cooperation",
    author: null,
    publisher: null,
    // Reports the round table of 18 August 2022 after the fact; the day is not given.
    publishedOn: null,
    language: "ru",
    fileName: "2022-08-imep-round-table-regional-cooperation.ru.txt",
  },
  {
    id: "src-s4",
    kind: SourceKind.ARTICLE,
    titleRu: "По итогам консультативной встречи страны ЦА приняли концепцию региональной безопасности, стабильности и устойчивого развития в Центральной Азии",
    titleEn:
      "Following the consultative meeting, the Central Asian countries adopted a concept of regional security, stability and sustainable development in Central Asia",
    author: null,
    publisher: "KAZAKHSTAN TODAY",
    // The dateline reads «16 ноября» without a year; 2025 follows from S5 and the text.
    publishedOn: day("2025-11-16"),
    publishedOnInferred: true,
    language: "ru",
    fileName: "2025-11-vii-meeting-tashkent-outcomes.ru.txt",
  },
  {
    id: "src-s5",
    kind: SourceKind.ARTICLE,
    // The file has no headline, only a date and author line; this title describes it.
    titleRu: "Азербайджан и страны Центральной Азии накануне встречи в Ташкенте",
    titleEn: "Azerbaijan and the Central Asian countries ahead of the Tashkent meeting",
    author: "Акпер Гасанов",
    publisher: null,
    publishedOn: day("2025-11-13"),
    language: "ru",
    fileName: "2025-11-azerbaijan-central-asia-tashkent.ru.txt",
  },
  {
    id: "src-r1",
    kind: SourceKind.REFERENCE,
    titleRu: "Общие справочные данные: информационные агентства (mir24, newshub.uz, kabar.kg, orient.tm, Sputnik)",
    titleEn: "General reference: news agencies (mir24, newshub.uz, kabar.kg, orient.tm, Sputnik)",
    author: null,
    publisher: null,
    publishedOn: null,
    // Several agencies and editions, no single language ("mul" per ISO 639-2).
    language: "mul",
    url: null,
    fileName: null,
  },
];

export const events: readonly EventSeed[] = [
  {
    id: "event-cm-1",
    slug: "consultative-meeting-1",
    kind: EventKind.CONSULTATIVE_MEETING,
    ordinal: 1,
    titleRu: "I Консультативная встреча глав государств Центральной Азии",
    titleEn: "I Consultative Meeting of the Heads of State of Central Asia",
    startDate: day("2018-03-15"),
    cityRu: "Астана",
    cityEn: "Astana",
    hostCode: "KZ",
    participants: CENTRAL_ASIA,
    citations: [
      {
        sourceId: "src-r1",
        noteRu: "Дата (15 марта 2018 г.) и место (Астана) I Консультативной встречи.",
        noteEn: "Date (15 March 2018) and place (Astana) of the I Consultative Meeting.",
      },
    ],
  },
  {
    id: "event-cm-2",
    slug: "consultative-meeting-2",
    kind: EventKind.CONSULTATIVE_MEETING,
    ordinal: 2,
    titleRu: "II Консультативная встреча глав государств Центральной Азии",
    titleEn: "II Consultative Meeting of the Heads of State of Central Asia",
    startDate: day("2019-11-29"),
    cityRu: "Ташкент",
    cityEn: "Tashkent",
    hostCode: "UZ",
    summaryRu: "На встрече принят ежегодный формат консультативных встреч.",
    summaryEn: "The meeting adopted the annual format of the consultative meetings.",
    participants: CENTRAL_ASIA,
    citations: [
      {
        sourceId: "src-r1",
        noteRu: "Дата (29 ноября 2019 г.) и место (Ташкент) II Консультативной встречи, принятие ежегодного формата.",
        noteEn: "Date (29 November 2019) and place (Tashkent) of the II Consultative Meeting, and the adoption of the annual format.",
      },
    ],
  },
  {
    id: "event-cm-3",
    slug: "consultative-meeting-3",
    kind: EventKind.CONSULTATIVE_MEETING,
    ordinal: 3,
    titleRu: "III Консультативная встреча глав государств Центральной Азии",
    titleEn: "III Consultative Meeting of the Heads of State of Central Asia",
    startDate: day("2021-08-06"),
    cityRu: "Аваза",
    cityEn: "Avaza",
    hostCode: "TM",
    participants: CENTRAL_ASIA,
    citations: [
      {
        sourceId: "src-r1",
        noteRu: "Дата (6 августа 2021 г.) и место (Аваза) III Консультативной встречи.",
        noteEn: "Date (6 August 2021) and place (Avaza) of the III Consultative Meeting.",
      },
    ],
  },
  {
    id: "event-cm-4",
    slug: "consultative-meeting-4",
    kind: EventKind.CONSULTATIVE_MEETING,
    ordinal: 4,
    titleRu: "IV Консультативная встреча глав государств Центральной Азии",
    titleEn: "IV Consultative Meeting of the Heads of State of Central Asia",
    startDate: day("2022-07-21"),
    cityRu: "Чолпон-Ата",
    cityEn: "Cholpon-Ata",
    hostCode: "KG",
    summaryRu:
      "Выступая на круглом столе ИМЭП, эксперт ИСМИ назвал встречу историческим и прорывным событием, открывшим новую страницу в развитии пятистороннего партнерства.",
    summaryEn:
      "Speaking at the IMEP round table, an ISMI expert called the meeting a historic breakthrough that opened a new page in the five-party partnership.",
    participants: CENTRAL_ASIA,
    citations: [
      {
        sourceId: "src-r1",
        noteRu: "Дата (21 июля 2022 г.) и место (Чолпон-Ата) IV Консультативной встречи.",
        noteEn: "Date (21 July 2022) and place (Cholpon-Ata) of the IV Consultative Meeting.",
      },
      {
        sourceId: "src-s3",
        quote:
          "Представительный состав участников мероприятия позволил обстоятельно обсудить итоги IV Консультативной встречи глав государств Центральной Азии",
      },
      {
        sourceId: "src-s3",
        quote:
          "При этом эксперт ИСМИ подчеркнул, что недавно состоявшийся саммит глав государств Центральной Азии по сравнению с предыдущими встречами поистине стал историческим и прорывным событием, открыл новую страницу в развитии пятистороннего партнерства и вывел региональное сотрудничество на практическую плоскость.",
      },
    ],
  },
  {
    id: "event-cm-5",
    slug: "consultative-meeting-5",
    kind: EventKind.CONSULTATIVE_MEETING,
    ordinal: 5,
    titleRu: "V Консультативная встреча глав государств Центральной Азии",
    titleEn: "V Consultative Meeting of the Heads of State of Central Asia",
    startDate: day("2023-09-14"),
    dateInferred: true,
    cityRu: "Душанбе",
    cityEn: "Dushanbe",
    hostCode: "TJ",
    summaryRu:
      "Узбекистан предложил Стратегию развития промышленной кооперации и Экономический совет государств Центральной Азии, Казахстан — план действий по развитию промышленной кооперации, Туркменистан — Центральноазиатскую торговую палату. Внутрирегиональный товарооборот достиг 11 млрд долларов; в ближайшую перспективу его предполагается довести до 15 млрд.",
    summaryEn:
      "Uzbekistan proposed a Strategy for industrial cooperation and an Economic Council of Central Asian states, Kazakhstan an action plan for industrial cooperation, Turkmenistan a Central Asian Trade Chamber. Intra-regional trade had reached $11bn, to be raised to $15bn in the near term.",
    participants: CENTRAL_ASIA,
    citations: [
      {
        sourceId: "src-s1",
        quote: "Прошедшая 14 сентября в г. Душанбе V Консультативная встреча глав государств Центральной Азии",
        noteRu: "Статья не называет год; 2023 г. следует из ряда встреч (IV — июль 2022 г., VI — август 2024 г.).",
        noteEn: "The article gives no year; 2023 is inferred from the series (the IV meeting was in July 2022, the VI in August 2024).",
      },
    ],
  },
  {
    id: "event-cm-6",
    slug: "consultative-meeting-6",
    kind: EventKind.CONSULTATIVE_MEETING,
    ordinal: 6,
    titleRu: "VI Консультативная встреча глав государств Центральной Азии",
    titleEn: "VI Consultative Meeting of the Heads of State of Central Asia",
    startDate: day("2024-08-09"),
    cityRu: "Астана",
    cityEn: "Astana",
    hostCode: "KZ",
    participants: CENTRAL_ASIA,
    citations: [
      {
        sourceId: "src-r1",
        noteRu: "Дата (9 августа 2024 г.) и место (Астана) VI Консультативной встречи.",
        noteEn: "Date (9 August 2024) and place (Astana) of the VI Consultative Meeting.",
      },
    ],
  },
  {
    id: "event-cm-7",
    slug: "consultative-meeting-7",
    kind: EventKind.CONSULTATIVE_MEETING,
    ordinal: 7,
    titleRu: "VII Консультативная встреча глав государств Центральной Азии",
    titleEn: "VII Consultative Meeting of the Heads of State of Central Asia",
    startDate: day("2025-11-16"),
    cityRu: "Ташкент",
    cityEn: "Tashkent",
    hostCode: "UZ",
    summaryRu:
      "Президент Азербайджана Ильхам Алиев участвовал по приглашению Президента Узбекистана Шавката Мирзиёева; принято решение о присоединении Азербайджана в качестве полноправного участника. Подписаны Совместное заявление и Обращение по кандидатуре Кыргызской Республики в Совет Безопасности ООН, одобрены Концепция региональной безопасности и Каталог рисков безопасности на 2026–2028 годы.",
    summaryEn:
      "President of Azerbaijan Ilham Aliyev attended at the invitation of President of Uzbekistan Shavkat Mirziyoyev, and Azerbaijan's accession as a full participant was decided. The heads of state signed a Joint Statement and an Appeal on the Kyrgyz Republic's UN Security Council candidacy, and approved a Concept of regional security and a Catalogue of security risks for 2026–2028.",
    participants: CENTRAL_ASIA_AND_AZ,
    citations: [
      {
        sourceId: "src-s4",
        quote:
          "Ташкент. 16 ноября. KAZAKHSTAN TODAY - Президент Казахстана Касым-Жомарт Токаев принял участие в VII консультативной встрече глав государств Центральной Азии",
      },
      {
        sourceId: "src-s5",
        quote:
          "16 ноября в Ташкенте состоится встреча стран Центральной Азии и Азербайджана. Президент Азербайджана Ильхам Алиев примет участие в Консультативной встрече глав государств региона по приглашению Президента Узбекистана Шавката Мирзиёева.",
      },
    ],
  },
  {
    id: "event-uz-kz-state-visit-2021",
    slug: "uz-kz-state-visit-2021",
    kind: EventKind.STATE_VISIT,
    titleRu: "Визит Президента Республики Узбекистан в Казахстан",
    titleEn: "Visit of the President of the Republic of Uzbekistan to Kazakhstan",
    startDate: day("2021-12-05"),
    endDate: day("2021-12-06"),
    dateInferred: true,
    // S2 names the country visited, not the city.
    cityRu: null,
    cityEn: null,
    hostCode: "KZ",
    summaryRu:
      "Двустороннее сотрудничество поднято на уровень союзнических отношений, принята Декларация о союзнических отношениях. По итогам бизнес-форума и заседания делового совета накануне визита подписаны соглашения примерно на 6 млрд долларов.",
    summaryEn:
      "Bilateral cooperation was raised to the level of allied relations and a Declaration on allied relations was adopted. Agreements worth about $6bn were signed at the business forum and business council held on the eve of the visit.",
    participants: ["UZ", "KZ"],
    citations: [
      {
        sourceId: "src-s2",
        quote:
          "Состоявшийся 5-6 декабря визит Президента Республики Узбекистан в Казахстан открыл новую веху дальнейшего углубления многогранного, взаимовыгодного узбекско-казахстанского сотрудничества.",
        noteRu:
          "Год (2021) установлен по контексту: статья относит создание Nurafshon к «ноябрю текущего года» и приводит товарооборот за январь–октябрь 2021 г.",
        noteEn: "The year (2021) is inferred: the article dates the Nurafshon venture to «ноябре текущего года» and gives trade for January–October 2021.",
      },
    ],
  },
  {
    id: "event-imep-round-table-2022",
    slug: "imep-round-table-2022",
    kind: EventKind.EXPERT_ROUND_TABLE,
    titleRu: "Международный круглый стол «Перспективы интеграции стран Центральной Азии в новую эпоху»",
    titleEn: "International round table “Prospects for the integration of Central Asian countries in a new era”",
    startDate: day("2022-08-18"),
    dateInferred: true,
    // S3 calls the event a webinar and an online discussion; no city is given.
    cityRu: null,
    cityEn: null,
    hostCode: "KZ",
    summaryRu:
      "Круглый стол организовал казахстанский Институт мировой экономики и политики (ИМЭП); эксперты обсудили итоги IV Консультативной встречи и дальнейшее развитие регионального сотрудничества. Представитель ИСМИ Мурад Узаков назвал основные угрозы и вызовы для региона.",
    summaryEn:
      "Organised by Kazakhstan's Institute of World Economics and Politics (IMEP), the round table discussed the outcomes of the IV Consultative Meeting and further regional cooperation. Murad Uzakov of ISMI set out the main threats and challenges for the region.",
    participants: ["KZ", "UZ", "TJ"],
    citations: [
      {
        sourceId: "src-s3",
        quote:
          "18 августа т.г. состоялся международный «круглый стол» на тему «Перспективы интеграции стран Центральной Азии в новую эпоху», организованный казахстанским Институтом мировой экономики и политики (ИМЭП).",
        noteRu: "Год (2022) установлен по словам «т.г.» и по тому, что IV Консультативная встреча (июль 2022 г.) обсуждается как недавняя.",
        noteEn: "The year (2022) is inferred from «т.г.» and the IV Consultative Meeting (July 2022) being discussed as recent.",
      },
      {
        sourceId: "src-s3",
        quote:
          "В работе мероприятия приняли участие ведущие центральноазиатские эксперты, в том числе представители Центра стратегических исследований при Президенте Республики Таджикистан",
      },
      {
        sourceId: "src-s3",
        quote: "Выступая на «круглом» столе, представитель ИСМИ Мурад Узаков озвучил основные угрозы и вызовы для региона Центральной Азии.",
      },
      {
        sourceId: "src-s3",
        quote: "В завершении вебинара участники высоко оценили продуктивность состоявшегося диалога",
      },
    ],
  },
  {
    id: "event-ca-az-trade-ministers-council-2025",
    slug: "ca-az-trade-ministers-council-2025",
    kind: EventKind.MINISTERIAL_COUNCIL,
    titleRu: "Первое заседание Совета министров торговли и инвестиций стран Центральной Азии и Азербайджана",
    titleEn: "First meeting of the Council of Ministers of Trade and Investment of Central Asia and Azerbaijan",
    startDate: day("2025-11-13"),
    cityRu: "Ташкент",
    cityEn: "Tashkent",
    hostCode: "UZ",
    summaryRu:
      "Стороны договорились об углублении экономического сотрудничества и разработке механизмов инвестиционного партнерства; особое внимание уделено практическим инструментам для увеличения регионального товарооборота до 20 млрд долларов в год.",
    summaryEn:
      "The sides agreed to deepen economic cooperation and develop mechanisms of investment partnership, with particular attention to practical tools for raising regional trade to $20bn a year.",
    participants: CENTRAL_ASIA_AND_AZ,
    citations: [
      {
        sourceId: "src-s5",
        quote:
          "эти договоренности были достигнуты по итогам первого заседания Совета министров торговли и инвестиций стран Центральной Азии и Азербайджана, состоявшемся сегодня в Ташкенте.",
      },
    ],
  },
  {
    id: "event-great-silk-road-forum-2025",
    slug: "great-silk-road-forum-2025",
    kind: EventKind.BUSINESS_FORUM,
    titleRu: "Международный бизнес-форум «Great Silk Road Business Cooperation Forum – 2025»",
    titleEn: "International business forum “Great Silk Road Business Cooperation Forum – 2025”",
    // S5, dated 13 November 2025, describes the forum as under way that day; its opening
    // date is not given, which the summary says (dateInferred is only for a missing year).
    startDate: day("2025-11-13"),
    cityRu: "Ташкентская область",
    cityEn: "Tashkent Region",
    hostCode: "UZ",
    summaryRu:
      "Форум проходил в Ташкентской области 13 ноября 2025 года, в день выхода статьи; в нём участвовали более 300 представителей шести стран, в том числе более 30 азербайджанских компаний. Одним из тематических блоков была кооперация в сфере «зеленой» энергетики.",
    summaryEn:
      "The forum was under way in Tashkent Region on 13 November 2025, the day the article appeared, with more than 300 representatives of the six countries, including over 30 Azerbaijani companies. Green-energy cooperation was one of its themes.",
    participants: CENTRAL_ASIA_AND_AZ,
    citations: [
      { sourceId: "src-s5", quote: quote.s5AzCompanies },
      { sourceId: "src-s5", quote: quote.s5ForumParticipants },
    ],
  },
];

// The Joint Statement comes first: the Concept and the Catalogue point at it.
export const documents: readonly DocumentSeed[] = [
  {
    id: "doc-vii-joint-statement",
    eventId: "event-cm-7",
    titleRu: "Совместное заявление глав государств Центральной Азии по итогам VII Консультативной встречи",
    titleEn: "Joint Statement of the Heads of State of Central Asia following the VII Consultative Meeting",
    type: DocumentType.JOINT_STATEMENT,
    adoption: DocumentAdoption.SIGNED,
    citations: [
      {
        sourceId: "src-s4",
        quote: "Совместное заявление глав государств Центральной Азии по итогам VII Консультативной встречи;",
        ...SIGNED_AT_VII,
      },
    ],
  },
  {
    id: "doc-vii-un-security-council-appeal",
    eventId: "event-cm-7",
    titleRu:
      "Обращение глав государств Центральной Азии к государствам – членам ООН по кандидатуре Кыргызской Республики в непостоянные члены Совета Безопасности ООН на период 2027–2028 гг.",
    titleEn:
      "Appeal of the Heads of State of Central Asia to UN Member States on the candidacy of the Kyrgyz Republic for non-permanent membership of the UN Security Council for 2027–2028",
    type: DocumentType.APPEAL,
    adoption: DocumentAdoption.SIGNED,
    citations: [
      {
        sourceId: "src-s4",
        quote:
          "Обращение глав государств Центральной Азии к государствам - членам ООН по кандидатуре Кыргызской Республики в непостоянные члены Совета Безопасности ООН на период 2027-2028 гг.;",
        ...SIGNED_AT_VII,
      },
    ],
  },
  {
    id: "doc-vii-azerbaijan-accession",
    eventId: "event-cm-7",
    titleRu: "Решение о присоединении Азербайджана в качестве полноправного участника Консультативной встречи глав государств Центральной Азии",
    titleEn: "Decision on the accession of Azerbaijan as a full participant in the Consultative Meeting of the Heads of State of Central Asia",
    type: DocumentType.DECISION,
    adoption: DocumentAdoption.SIGNED,
    citations: [{ sourceId: "src-s4", quote: quote.s4AzAccession, ...SIGNED_AT_VII }],
  },
  {
    id: "doc-vii-security-concept",
    eventId: "event-cm-7",
    titleRu: "Концепция региональной безопасности, стабильности и устойчивого развития в Центральной Азии",
    titleEn: "Concept of Regional Security, Stability and Sustainable Development in Central Asia",
    type: DocumentType.CONCEPT,
    adoption: DocumentAdoption.APPROVED,
    approvedByDocumentId: "doc-vii-joint-statement",
    citations: [
      {
        sourceId: "src-s4",
        quote: "1. Концепция региональной безопасности, стабильности и устойчивого развития в Центральной Азии;",
        ...APPROVED_AT_VII,
      },
    ],
  },
  {
    id: "doc-vii-security-risk-catalogue",
    eventId: "event-cm-7",
    titleRu: "Каталог рисков безопасности Центральной Азии и меры по их предупреждению на 2026–2028 гг.",
    titleEn: "Catalogue of Security Risks of Central Asia and Measures to Prevent Them for 2026–2028",
    type: DocumentType.CATALOGUE,
    adoption: DocumentAdoption.APPROVED,
    approvedByDocumentId: "doc-vii-joint-statement",
    citations: [
      {
        sourceId: "src-s4",
        quote: "2. Каталог рисков безопасности Центральной Азии и меры по их предупреждению на 2026-2028 гг.",
        ...APPROVED_AT_VII,
      },
    ],
  },
  {
    id: "doc-uz-kz-allied-relations-declaration",
    eventId: "event-uz-kz-state-visit-2021",
    titleRu: "Декларация о союзнических отношениях между Республикой Узбекистан и Республикой Казахстан",
    titleEn: "Declaration on Allied Relations between the Republic of Uzbekistan and the Republic of Kazakhstan",
    type: DocumentType.DECLARATION,
    // S2 says the Declaration was adopted («принятой»); SIGNED is the nearer of the two values.
    adoption: DocumentAdoption.SIGNED,
    citations: [
      {
        sourceId: "src-s2",
        quote: "В принятой по итогам переговоров Декларации о союзнических отношениях между Республикой Узбекистан и Республикой Казахстан",
      },
    ],
  },
];

export const initiatives: readonly InitiativeSeed[] = [
  {
    id: "ini-v-industrial-strategy",
    titleRu: "Стратегия развития промышленной кооперации стран Центральной Азии на долгосрочную перспективу",
    titleEn: "Long-term Strategy for the development of industrial cooperation of Central Asian countries",
    descriptionRu: "Предложена для придания системного характера совместным усилиям.",
    descriptionEn: "Proposed to give joint efforts a systematic character.",
    sector: Sector.INDUSTRY,
    proposerCode: "UZ",
    proposerPersonRu: MIRZIYOYEV.ru,
    proposerPersonEn: MIRZIYOYEV.en,
    eventId: "event-cm-5",
    citations: [{ sourceId: "src-s1", quote: quote.s1StrategyAndCouncil }],
    statusChanges: [
      {
        id: "sc-v-industrial-strategy-proposed",
        status: InitiativeStatus.PROPOSED,
        changedOn: day("2023-09-14"),
        citations: [{ sourceId: "src-s1", quote: quote.s1StrategyAndCouncil }],
      },
      {
        id: "sc-v-industrial-strategy-supported",
        status: InitiativeStatus.SUPPORTED,
        changedOn: day("2023-09-14"),
        noteRu: "Инициативу поддержал Президент Казахстана Касым-Жомарт Токаев.",
        noteEn: "Supported by the President of Kazakhstan, Kassym-Jomart Tokayev.",
        citations: [
          {
            sourceId: "src-s1",
            quote: "Эту инициативу поддержал также Президент Казахстана Касым-Жомарт Токаев",
          },
        ],
      },
    ],
  },
  {
    id: "ini-v-economic-council",
    titleRu: "Экономический совет государств Центральной Азии",
    titleEn: "Economic Council of Central Asian States",
    sector: Sector.INSTITUTIONS,
    proposerCode: "UZ",
    proposerPersonRu: MIRZIYOYEV.ru,
    proposerPersonEn: MIRZIYOYEV.en,
    eventId: "event-cm-5",
    citations: [{ sourceId: "src-s1", quote: quote.s1StrategyAndCouncil }],
    statusChanges: [
      {
        id: "sc-v-economic-council-proposed",
        status: InitiativeStatus.PROPOSED,
        changedOn: day("2023-09-14"),
        citations: [{ sourceId: "src-s1", quote: quote.s1StrategyAndCouncil }],
      },
    ],
  },
  {
    id: "ini-v-industrial-action-plan",
    titleRu: "План действий по развитию промышленной кооперации государств Центральной Азии",
    titleEn: "Action plan for the development of industrial cooperation of Central Asian states",
    descriptionRu: "Должен позволить сформировать замкнутые циклы производства отдельных видов товаров с перспективой экспорта на рынки третьих стран.",
    descriptionEn: "Meant to form closed production cycles for certain goods with a view to exporting to third-country markets.",
    sector: Sector.INDUSTRY,
    proposerCode: "KZ",
    proposerPersonRu: TOKAYEV.ru,
    proposerPersonEn: TOKAYEV.en,
    eventId: "event-cm-5",
    citations: [
      {
        sourceId: "src-s1",
        quote: quote.s1ActionPlan,
        noteRu: "Абзац передаёт слова Касым-Жомарта Токаева.",
        noteEn: "The paragraph reports the remarks of Kassym-Jomart Tokayev.",
      },
    ],
    statusChanges: [
      {
        id: "sc-v-industrial-action-plan-proposed",
        status: InitiativeStatus.PROPOSED,
        changedOn: day("2023-09-14"),
        citations: [{ sourceId: "src-s1", quote: quote.s1ActionPlan }],
      },
    ],
  },
  {
    id: "ini-v-trade-chamber",
    titleRu: "Центральноазиатская торговая палата",
    titleEn: "Central Asian Trade Chamber",
    descriptionRu:
      "Для координации совместных шагов в развитии торговли, обеспечения коммерческих интересов экономических субъектов центральноазиатского рынка и привлечения инвестиций в крупные региональные проекты.",
    descriptionEn:
      "To coordinate joint steps in developing trade, secure the commercial interests of actors in the Central Asian market and attract investment for large regional projects.",
    sector: Sector.TRADE,
    proposerCode: "TM",
    proposerPersonRu: BERDIMUHAMEDOV.ru,
    proposerPersonEn: BERDIMUHAMEDOV.en,
    eventId: "event-cm-5",
    citations: [
      {
        sourceId: "src-s1",
        quote: quote.s1TradeChamber,
        noteRu: "Предыдущее предложение называет автором инициативы Сердара Бердымухамедова.",
        noteEn: "The preceding sentence attributes the proposal to Serdar Berdimuhamedov.",
      },
    ],
    statusChanges: [
      {
        id: "sc-v-trade-chamber-proposed",
        status: InitiativeStatus.PROPOSED,
        changedOn: day("2023-09-14"),
        citations: [{ sourceId: "src-s1", quote: quote.s1TradeChamber }],
      },
    ],
  },
  {
    id: "ini-uz-kz-industrial-roadmap",
    titleRu: "«Дорожная карта» по расширению и углублению промышленной кооперации между Узбекистаном и Казахстаном",
    titleEn: "Roadmap for expanding and deepening industrial cooperation between Uzbekistan and Kazakhstan",
    descriptionRu: "В её рамках работает ряд предприятий в горнодобывающей и текстильной промышленности, автомобилестроении и строительстве.",
    descriptionEn: "A number of enterprises in mining, textiles, car-making and construction operate within it.",
    sector: Sector.INDUSTRY,
    proposerCode: null,
    eventId: "event-uz-kz-state-visit-2021",
    citations: [{ sourceId: "src-s2", quote: quote.s2Roadmap }],
    statusChanges: [
      {
        id: "sc-uz-kz-industrial-roadmap-proposed",
        status: InitiativeStatus.PROPOSED,
        changedOn: day("2021-12-05"),
        noteRu: "Дата — начало визита; источник не сообщает, когда дорожная карта была предложена.",
        noteEn: "Dated to the start of the visit; the source does not say when the roadmap was proposed.",
        citations: [{ sourceId: "src-s2", quote: quote.s2Roadmap }],
      },
      {
        id: "sc-uz-kz-industrial-roadmap-in-progress",
        status: InitiativeStatus.IN_PROGRESS,
        changedOn: day("2021-12-05"),
        noteRu: "Дорожная карта реализуется.",
        noteEn: "The roadmap is being implemented.",
        citations: [{ sourceId: "src-s2", quote: quote.s2Roadmap }],
      },
    ],
  },
  {
    id: "ini-uz-kz-industrial-cooperation-center",
    titleRu: "Международный центр промышленной кооперации на приграничной территории Узбекистана и Казахстана",
    titleEn: "International Center for Industrial Cooperation in the border area of Uzbekistan and Kazakhstan",
    descriptionRu: "Будет оснащен производственной инфраструктурой, а его резиденты получат ряд льгот и преференций.",
    descriptionEn: "It will have production infrastructure, and its residents will receive a number of benefits and preferences.",
    sector: Sector.INDUSTRY,
    proposerCode: null,
    eventId: "event-uz-kz-state-visit-2021",
    citations: [{ sourceId: "src-s2", quote: quote.s2Center }],
    statusChanges: [
      {
        id: "sc-uz-kz-industrial-cooperation-center-proposed",
        status: InitiativeStatus.PROPOSED,
        changedOn: day("2021-12-05"),
        citations: [{ sourceId: "src-s2", quote: quote.s2Center }],
      },
      {
        id: "sc-uz-kz-industrial-cooperation-center-in-progress",
        status: InitiativeStatus.IN_PROGRESS,
        changedOn: day("2021-12-05"),
        noteRu: "Центр создается.",
        noteEn: "The center is being set up.",
        citations: [{ sourceId: "src-s2", quote: quote.s2Center }],
      },
    ],
  },
  {
    id: "ini-vii-cargo-tracking",
    titleRu: "Единая система электронного сопровождения грузов",
    titleEn: "Unified system of electronic cargo tracking",
    descriptionRu: "Чтобы избежать дублирования проверок и избыточных бюрократических процедур при прохождении границ.",
    descriptionEn: "To avoid duplicate inspections and excessive red tape at border crossings.",
    sector: Sector.TRANSPORT,
    proposerCode: "KZ",
    proposerPersonRu: TOKAYEV.ru,
    proposerPersonEn: TOKAYEV.en,
    eventId: "event-cm-7",
    citations: [{ sourceId: "src-s4", quote: quote.s4CargoTracking }],
    statusChanges: [
      {
        id: "sc-vii-cargo-tracking-proposed",
        status: InitiativeStatus.PROPOSED,
        changedOn: day("2025-11-16"),
        citations: [{ sourceId: "src-s4", quote: quote.s4CargoTracking }],
      },
    ],
  },
  {
    id: "ini-vii-transport-strategy",
    titleRu: "Комплексная стратегия развития транспортной системы Центральной Азии",
    titleEn: "Comprehensive strategy for the development of the Central Asian transport system",
    sector: Sector.TRANSPORT,
    proposerCode: "KZ",
    proposerPersonRu: TOKAYEV.ru,
    proposerPersonEn: TOKAYEV.en,
    eventId: "event-cm-7",
    citations: [{ sourceId: "src-s4", quote: quote.s4TransportStrategy }],
    statusChanges: [
      {
        id: "sc-vii-transport-strategy-proposed",
        status: InitiativeStatus.PROPOSED,
        changedOn: day("2025-11-16"),
        citations: [{ sourceId: "src-s4", quote: quote.s4TransportStrategy }],
      },
    ],
  },
  {
    id: "ini-vii-rare-earth-research-center",
    titleRu: "Региональный исследовательский центр по редкоземельным металлам в Астане",
    titleEn: "Regional Research Center for Rare-Earth Metals in Astana",
    descriptionRu: "Мог бы предоставлять инвесторам актуальную информацию о доступных месторождениях и технологиях их разработки.",
    descriptionEn: "Would give investors up-to-date information on available deposits and the technologies to develop them.",
    sector: Sector.MINING,
    proposerCode: "KZ",
    proposerPersonRu: TOKAYEV.ru,
    proposerPersonEn: TOKAYEV.en,
    eventId: "event-cm-7",
    citations: [{ sourceId: "src-s4", quote: quote.s4RareEarths }],
    statusChanges: [
      {
        id: "sc-vii-rare-earth-research-center-proposed",
        status: InitiativeStatus.PROPOSED,
        changedOn: day("2025-11-16"),
        citations: [{ sourceId: "src-s4", quote: quote.s4RareEarths }],
      },
    ],
  },
  {
    id: "ini-vii-ai-declaration",
    titleRu: "Декларация об ответственном использовании искусственного интеллекта государствами Центральной Азии",
    titleEn: "Declaration on the responsible use of artificial intelligence by Central Asian states",
    descriptionRu: "Должна обеспечить прозрачность, доверие и безопасность при обмене данными в рамках совместных цифровых проектов.",
    descriptionEn: "Meant to ensure transparency, trust and security in data exchange within joint digital projects.",
    sector: Sector.DIGITAL,
    proposerCode: "KZ",
    proposerPersonRu: TOKAYEV.ru,
    proposerPersonEn: TOKAYEV.en,
    eventId: "event-cm-7",
    citations: [{ sourceId: "src-s4", quote: quote.s4Ai }],
    statusChanges: [
      {
        id: "sc-vii-ai-declaration-proposed",
        status: InitiativeStatus.PROPOSED,
        changedOn: day("2025-11-16"),
        citations: [{ sourceId: "src-s4", quote: quote.s4Ai }],
      },
    ],
  },
  {
    id: "ini-vii-water",
    titleRu: "Гармонизация водных стратегий и Рамочная конвенция Центральной Азии по водопользованию",
    titleEn: "Harmonised water strategies and a Framework Convention of Central Asia on water use",
    descriptionRu:
      "Гармонизация водных стратегий — в том числе для масштабирования успешных практик водосбережения; в перспективе — принятие Рамочной конвенции в соответствии с международными стандартами.",
    descriptionEn:
      "Harmonising water strategies, among other things to scale up the most successful water-saving practices; in the longer run, a Framework Convention in line with international standards.",
    sector: Sector.WATER,
    proposerCode: "KZ",
    proposerPersonRu: TOKAYEV.ru,
    proposerPersonEn: TOKAYEV.en,
    eventId: "event-cm-7",
    citations: [
      { sourceId: "src-s4", quote: quote.s4WaterStrategies },
      { sourceId: "src-s4", quote: quote.s4WaterConvention },
    ],
    statusChanges: [
      {
        id: "sc-vii-water-proposed",
        status: InitiativeStatus.PROPOSED,
        changedOn: day("2025-11-16"),
        citations: [
          { sourceId: "src-s4", quote: quote.s4WaterStrategies },
          { sourceId: "src-s4", quote: quote.s4WaterConvention },
        ],
      },
    ],
  },
  {
    id: "ini-vii-ifas-ecological-summit",
    titleRu: "Заседание глав государств – учредителей Международного фонда спасения Арала и Региональный экологический саммит в Астане (апрель 2026 года)",
    titleEn:
      "Summit of the heads of the founding states of the International Fund for Saving the Aral Sea with the Regional Ecological Summit, Astana (April 2026)",
    descriptionRu: "Площадка для обсуждения водных предложений. Год выведен: «в следующем году» сказано в ноябре 2025 года.",
    descriptionEn: "A venue for discussing the water proposals. The year is derived: «next year» was said in November 2025.",
    sector: Sector.ENVIRONMENT,
    proposerCode: "KZ",
    proposerPersonRu: TOKAYEV.ru,
    proposerPersonEn: TOKAYEV.en,
    eventId: "event-cm-7",
    citations: [{ sourceId: "src-s4", quote: quote.s4IfasSummit }],
    statusChanges: [
      {
        id: "sc-vii-ifas-ecological-summit-proposed",
        status: InitiativeStatus.PROPOSED,
        changedOn: day("2025-11-16"),
        citations: [{ sourceId: "src-s4", quote: quote.s4IfasSummit }],
      },
    ],
  },
  {
    id: "ini-vii-tourism",
    titleRu: "Единый туристический бренд и Соглашение о сотрудничестве в области туризма и создании единого туристического пространства",
    titleEn: "Single tourism brand and an Agreement on tourism cooperation and a single tourism space",
    sector: Sector.TOURISM,
    proposerCode: "KZ",
    proposerPersonRu: TOKAYEV.ru,
    proposerPersonEn: TOKAYEV.en,
    eventId: "event-cm-7",
    citations: [{ sourceId: "src-s4", quote: quote.s4Tourism }],
    statusChanges: [
      {
        id: "sc-vii-tourism-proposed",
        status: InitiativeStatus.PROPOSED,
        changedOn: day("2025-11-16"),
        citations: [{ sourceId: "src-s4", quote: quote.s4Tourism }],
      },
    ],
  },
  {
    id: "ini-vii-expert-forum",
    titleRu: "Включение Центрально-Азиатского экспертного форума в систему регионального взаимодействия",
    titleEn: "Making the Central Asian Expert Forum part of the system of regional cooperation",
    descriptionRu: "С трансформацией форума в ключевую платформу для осуществления исследований и формирования единых подходов.",
    descriptionEn: "Turning the forum into a key platform for research and for shaping common approaches.",
    sector: Sector.INSTITUTIONS,
    proposerCode: "KZ",
    proposerPersonRu: TOKAYEV.ru,
    proposerPersonEn: TOKAYEV.en,
    eventId: "event-cm-7",
    citations: [{ sourceId: "src-s4", quote: quote.s4ExpertForum }],
    statusChanges: [
      {
        id: "sc-vii-expert-forum-proposed",
        status: InitiativeStatus.PROPOSED,
        changedOn: day("2025-11-16"),
        citations: [{ sourceId: "src-s4", quote: quote.s4ExpertForum }],
      },
    ],
  },
  {
    id: "ini-vii-agro-processing-ventures",
    titleRu: "Совместные предприятия по глубокой переработке зерна, масличных и мясомолочных продуктов",
    titleEn: "Joint ventures in deep processing of grain, oilseeds, meat and dairy products",
    sector: Sector.AGRICULTURE,
    proposerCode: "KZ",
    proposerPersonRu: TOKAYEV.ru,
    proposerPersonEn: TOKAYEV.en,
    eventId: "event-cm-7",
    citations: [{ sourceId: "src-s4", quote: quote.s4AgroProcessing }],
    statusChanges: [
      {
        id: "sc-vii-agro-processing-ventures-proposed",
        status: InitiativeStatus.PROPOSED,
        changedOn: day("2025-11-16"),
        citations: [{ sourceId: "src-s4", quote: quote.s4AgroProcessing }],
      },
    ],
  },
  {
    id: "ini-ca-az-investment-partnership",
    titleRu: "Механизмы инвестиционного партнерства",
    titleEn: "Mechanisms of investment partnership",
    descriptionRu: "Стороны договорились об углублении экономического сотрудничества и разработке механизмов инвестиционного партнерства.",
    descriptionEn: "The sides agreed to deepen economic cooperation and to develop mechanisms of investment partnership.",
    sector: Sector.INVESTMENT,
    proposerCode: null,
    eventId: "event-ca-az-trade-ministers-council-2025",
    citations: [{ sourceId: "src-s5", quote: quote.s5InvestmentPartnership }],
    statusChanges: [
      {
        id: "sc-ca-az-investment-partnership-proposed",
        status: InitiativeStatus.PROPOSED,
        changedOn: day("2025-11-13"),
        citations: [{ sourceId: "src-s5", quote: quote.s5InvestmentPartnership }],
      },
    ],
  },
  {
    id: "ini-ca-az-trade-tools",
    titleRu: "Практические инструменты для увеличения регионального товарооборота до 20 млрд долларов в год",
    titleEn: "Practical tools to raise regional trade to $20bn a year",
    sector: Sector.TRADE,
    proposerCode: null,
    eventId: "event-ca-az-trade-ministers-council-2025",
    citations: [{ sourceId: "src-s5", quote: quote.s5TradeTools }],
    statusChanges: [
      {
        id: "sc-ca-az-trade-tools-proposed",
        status: InitiativeStatus.PROPOSED,
        changedOn: day("2025-11-13"),
        citations: [{ sourceId: "src-s5", quote: quote.s5TradeTools }],
      },
    ],
  },
  {
    id: "ini-ca-az-green-energy-export",
    titleRu: "Соглашение по экспорту «зеленой энергии» между Азербайджаном, Казахстаном и Узбекистаном",
    titleEn: "Agreement on green energy exports between Azerbaijan, Kazakhstan and Uzbekistan",
    descriptionRu: "На 13 ноября 2025 года соглашение уже подписано; когда и где, источник не сообщает.",
    descriptionEn: "Already signed as of 13 November 2025; the source does not say when or where.",
    sector: Sector.ENERGY,
    proposerCode: null,
    // S5 raises the agreement under green energy, a theme of the forum, not of the council.
    eventId: "event-great-silk-road-forum-2025",
    citations: [
      { sourceId: "src-s5", quote: quote.s5GreenEnergy },
      {
        sourceId: "src-s5",
        quote: 'Тут стоит добавить, что одним из важных тематических блоков является кооперация в сфере "зеленой" энергетики.',
      },
    ],
    statusChanges: [
      {
        id: "sc-ca-az-green-energy-export-proposed",
        status: InitiativeStatus.PROPOSED,
        changedOn: day("2025-11-13"),
        noteRu: "Дата — дата выхода статьи; когда соглашение было предложено, источник не сообщает.",
        noteEn: "Dated to the article's publication; the source does not say when the agreement was proposed.",
        citations: [{ sourceId: "src-s5", quote: quote.s5GreenEnergy }],
      },
      {
        id: "sc-ca-az-green-energy-export-adopted",
        status: InitiativeStatus.ADOPTED,
        changedOn: day("2025-11-13"),
        noteRu: "Соглашение уже подписано на дату выхода статьи (13 ноября 2025 г.).",
        noteEn: "The agreement had already been signed when the article appeared (13 November 2025).",
        citations: [{ sourceId: "src-s5", quote: quote.s5GreenEnergy }],
      },
    ],
  },
];

export const ventures: readonly VentureSeed[] = [
  {
    id: "jv-uzauto-saryarkaavtoprom",
    nameRu: "Совместное предприятие АО «UZAuto Motors» и ТОО «СарыаркаАвтоПром»",
    nameEn: "UzAuto Motors and SaryarkaAvtoProm joint venture",
    sector: Sector.AUTOMOTIVE,
    productsRu: "автомобили Chevrolet",
    productsEn: "Chevrolet cars",
    cityRu: "Костанай",
    cityEn: "Kostanay",
    countryCode: "KZ",
    status: VentureStatus.ESTABLISHED,
    // S2 states neither company's country: the Uzbek one is read from the paragraph, the
    // Kazakh one from its legal form (ТОО) and seat in Kostanay.
    partners: [
      { companyName: "UzAuto Motors", countryCode: "UZ", countryInferred: true },
      { companyName: "SaryarkaAvtoProm", countryCode: "KZ", countryInferred: true },
    ],
    citations: [
      { sourceId: "src-s2", quote: quote.s2Automotive },
      {
        sourceId: "src-s2",
        quote: quote.s2UzbekBusiness,
        noteRu: NATIONALITY_FROM_CONTEXT.ru,
        noteEn: NATIONALITY_FROM_CONTEXT.en,
      },
    ],
  },
  {
    id: "jv-man-auto-uzbekistan-saryarkaavtoprom",
    nameRu: "Совместное предприятие АО «MAN Auto-Uzbekistan» и ТОО «СарыаркаАвтоПром»",
    nameEn: "MAN Auto-Uzbekistan and SaryarkaAvtoProm joint venture",
    sector: Sector.AUTOMOTIVE,
    productsRu: "грузовые автомобили MAN",
    productsEn: "MAN trucks",
    cityRu: "Костанай",
    cityEn: "Kostanay",
    countryCode: "KZ",
    status: VentureStatus.ESTABLISHED,
    partners: [
      { companyName: "MAN Auto-Uzbekistan", countryCode: "UZ", countryInferred: true },
      { companyName: "SaryarkaAvtoProm", countryCode: "KZ", countryInferred: true },
    ],
    citations: [
      { sourceId: "src-s2", quote: quote.s2Automotive },
      {
        sourceId: "src-s2",
        quote: quote.s2UzbekBusiness,
        noteRu: NATIONALITY_FROM_CONTEXT.ru,
        noteEn: NATIONALITY_FROM_CONTEXT.en,
      },
    ],
  },
  {
    id: "jv-nurafshon",
    nameRu: "Совместное предприятие Nurafshon",
    nameEn: "Nurafshon joint venture",
    sector: Sector.MACHINERY,
    productsRu: "сельскохозяйственная техника",
    productsEn: "agricultural machinery",
    cityRu: "Костанай",
    cityEn: "Kostanay",
    countryCode: "KZ",
    status: VentureStatus.ESTABLISHED,
    establishedOn: day("2021-11-01"),
    establishedPrecision: DatePrecision.MONTH,
    // S2 names only the host company, not the Uzbek side: a "joint" venture in the paragraph
    // on Uzbek business in Kazakhstan. Neither country is in the sentence itself.
    partners: [
      { companyName: "AgromashHolding KZ", countryCode: "KZ", countryInferred: true },
      { companyName: null, countryCode: "UZ", countryInferred: true },
    ],
    citations: [
      {
        sourceId: "src-s2",
        quote:
          "В Костанае в ноябре текущего года на АО «АгромашХолдингKZ» создано совместное предприятие Nurafshon по производству сельскохозяйственной техники.",
        noteRu: "«Текущий год» — 2021-й, год визита, о котором пишет статья.",
        noteEn: "«Текущего года» is 2021, the year of the visit the article reports.",
      },
      {
        sourceId: "src-s2",
        quote: quote.s2UzbekBusiness,
        noteRu: NURAFSHON_UZBEK_SIDE.ru,
        noteEn: NURAFSHON_UZBEK_SIDE.en,
      },
    ],
  },
  {
    id: "jv-alliance-textile",
    nameRu: "Совместное текстильное предприятие компании Alliance",
    nameEn: "Alliance joint textile enterprise",
    sector: Sector.TEXTILES,
    status: VentureStatus.ESTABLISHED,
    // «казахстанско-узбекская … компания»: a binational company, both countries stated.
    partners: [{ companyName: "Alliance", countryCode: "KZ", secondCountryCode: "UZ" }],
    citations: [
      {
        sourceId: "src-s2",
        quote: "В сфере легкой промышленности казахстанско-узбекская торгово-промышленная компания Alliance создала совместное текстильное предприятие",
      },
    ],
  },
  {
    id: "jv-turkestan-textile",
    nameRu: "Швейная фабрика Turkestan Textile",
    nameEn: "Turkestan Textile sewing factory",
    sector: Sector.TEXTILES,
    cityRu: "Туркестан",
    cityEn: "Turkestan",
    countryCode: "KZ",
    status: VentureStatus.OPERATING,
    partners: [],
    citations: [
      {
        sourceId: "src-s2",
        quote: "в Туркестане была запущена швейная фабрика Turkestan Textile.",
        noteRu:
          "Статья называет фабрику среди итогов узбекско-казахстанской промышленной кооперации, но не называет её владельцев и не называет её совместным предприятием.",
        noteEn:
          "The article lists the factory among the results of Uzbek–Kazakh industrial cooperation but names no owners and does not call it a joint venture.",
      },
    ],
  },
];

export const tradeFigures: readonly TradeFigureSeed[] = [
  {
    id: "tf-ca-2022",
    scope: TradeScope.INTRA_REGIONAL,
    periodStart: day("2022-01-01"),
    periodEnd: day("2022-12-31"),
    periodInferred: true,
    valueUsd: "11000000000",
    growthPercent: "80",
    growthIsLowerBound: true,
    growthOverYears: 5,
    noteRu: "Приведено в сентябре 2023 года; год в источнике не указан.",
    noteEn: "Reported in September 2023; the source does not state the year.",
    citations: [{ sourceId: "src-s1", quote: quote.s1Trade }],
  },
  {
    id: "tf-ca-2024",
    scope: TradeScope.INTRA_REGIONAL,
    periodStart: day("2024-01-01"),
    periodEnd: day("2024-12-31"),
    periodInferred: true,
    valueUsd: "11500000000",
    noteRu: "«В прошлом году» — сказано 16 ноября 2025 года.",
    noteEn: "«Last year», said on 16 November 2025.",
    citations: [{ sourceId: "src-s4", quote: quote.s4Trade2024 }],
  },
  {
    id: "tf-kz-uz-2020",
    scope: TradeScope.BILATERAL,
    countryACode: "KZ",
    countryBCode: "UZ",
    periodStart: day("2020-01-01"),
    periodEnd: day("2020-12-31"),
    valueUsd: "3000000000",
    isLowerBound: true,
    citations: [{ sourceId: "src-s2", quote: quote.s2Trade2020 }],
  },
  {
    id: "tf-kz-uz-2021-jan-oct",
    scope: TradeScope.BILATERAL,
    countryACode: "KZ",
    countryBCode: "UZ",
    periodStart: day("2021-01-01"),
    periodEnd: day("2021-10-31"),
    valueUsd: "3200000000",
    growthPercent: "36.5",
    growthOverYears: 1,
    noteRu: "Источник не называет базу сравнения для роста; принят рост год к году.",
    noteEn: "The source does not state the base of the growth figure; taken as year on year.",
    citations: [
      {
        sourceId: "src-s2",
        quote: "то за январь- октябрь 2021 года он достиг 3,2 миллиарда долларов, то есть вырос на 36,5%.",
      },
    ],
  },
  {
    id: "tf-az-ca-2025-ytd",
    scope: TradeScope.PARTNER_REGION,
    countryACode: "AZ",
    periodStart: day("2025-01-01"),
    periodEnd: day("2025-11-13"),
    valueUsd: null,
    growthPercent: "13",
    growthOverYears: 1,
    noteRu: "С начала года по дату статьи (13 ноября 2025 года); абсолютный объем не приводится.",
    noteEn: "Year to date as of the article (13 November 2025); no absolute value is given.",
    citations: [
      {
        sourceId: "src-s5",
        quote: "заметный рост демонстрирует и товарооборот между Азербайджаном и странами Центральной Азии - он увеличился с начала года на 13%.",
      },
    ],
  },
];

export const targets: readonly TargetSeed[] = [
  {
    id: "tgt-ca-15bn",
    scope: TradeScope.INTRA_REGIONAL,
    valueUsd: "15000000000",
    horizonRu: "в ближайшую перспективу",
    horizonEn: "in the near term",
    deadlineYear: null,
    baselineValueUsd: "11000000000",
    baselineFigureId: "tf-ca-2022",
    setOn: day("2023-09-14"),
    setAtEventId: "event-cm-5",
    // S1 states the goal without attributing it to any head of state.
    setByRu: null,
    setByEn: null,
    restatements: [],
    citations: [{ sourceId: "src-s1", quote: quote.s1Trade }],
  },
  {
    id: "tgt-ca-20bn",
    scope: TradeScope.INTRA_REGIONAL,
    valueUsd: "20000000000",
    horizonRu: "в перспективе",
    horizonEn: "in the long run",
    deadlineYear: null,
    baselineValueUsd: "11500000000",
    baselineFigureId: "tf-ca-2024",
    setOn: day("2025-11-16"),
    setAtEventId: "event-cm-7",
    setByRu: TOKAYEV.ru,
    setByEn: TOKAYEV.en,
    noteRu: "На VII встрече период не назван; на Совете министров торговли цель сформулирована как «до $20 млрд в год».",
    noteEn: "No period was named at the VII meeting; the trade ministers' council put the target at “up to $20bn a year”.",
    restatements: [
      {
        // Three days before the VII meeting: the sources report both statements.
        id: "tr-ca-20bn-trade-ministers-council",
        statedOn: day("2025-11-13"),
        eventId: "event-ca-az-trade-ministers-council-2025",
        statedByRu: "Совет министров торговли и инвестиций стран Центральной Азии и Азербайджана",
        statedByEn: "Council of Ministers of Trade and Investment of Central Asia and Azerbaijan",
        citations: [{ sourceId: "src-s5", quote: quote.s5TradeTools }],
      },
    ],
    citations: [
      {
        sourceId: "src-s4",
        quote: "Думаю, что мы будем всесторонне поддерживать эту положительную динамику, чтобы в перспективе довести данный показатель до 20 млрд долларов",
      },
    ],
  },
  {
    id: "tgt-kz-uz-10bn",
    scope: TradeScope.BILATERAL,
    countryACode: "KZ",
    countryBCode: "UZ",
    valueUsd: "10000000000",
    horizonRu: "в ближайшие пять лет",
    horizonEn: "within the next five years",
    deadlineYear: 2026,
    baselineValueUsd: "3000000000",
    baselineIsLowerBound: true,
    baselineFigureId: "tf-kz-uz-2020",
    setOn: day("2021-12-05"),
    setAtEventId: "event-uz-kz-state-visit-2021",
    // S2 states the goal in its conclusion without naming who set it.
    setByRu: null,
    setByEn: null,
    noteRu: "Год выведен: декабрь 2021 года плюс пять лет.",
    noteEn: "The year is derived: December 2021 plus five years.",
    restatements: [],
    citations: [
      {
        sourceId: "src-s2",
        quote: "довести товарооборот между двумя странами в ближайшие пять лет до 10 млрд долл.",
      },
    ],
  },
];

export const statistics: readonly StatisticSeed[] = [
  {
    id: "stat-kz-uzbek-capital-enterprises",
    labelRu: "Предприятия с узбекским капиталом, зарегистрированные в Казахстане",
    labelEn: "Enterprises with Uzbek capital registered in Kazakhstan",
    value: "2144",
    unit: StatisticUnit.COUNT,
    countryCode: "KZ",
    citations: [{ sourceId: "src-s2", quote: quote.s2Enterprises }],
  },
  {
    id: "stat-kz-uzbek-capital-share",
    labelRu: "Доля предприятий с узбекским капиталом среди всех зарегистрированных в Казахстане",
    labelEn: "Share of enterprises with Uzbek capital among all registered in Kazakhstan",
    value: "5.8",
    unit: StatisticUnit.PERCENT,
    countryCode: "KZ",
    citations: [{ sourceId: "src-s2", quote: quote.s2Enterprises }],
  },
  {
    id: "stat-kz-uzbek-capital-active",
    labelRu: "Действующие предприятия с узбекским капиталом в Казахстане",
    labelEn: "Active enterprises with Uzbek capital in Kazakhstan",
    value: "1414",
    unit: StatisticUnit.COUNT,
    countryCode: "KZ",
    citations: [{ sourceId: "src-s2", quote: quote.s2Enterprises }],
  },
  {
    id: "stat-uz-kz-visit-agreements",
    labelRu: "Инвестиционные и торговые соглашения, подписанные на бизнес-форуме и деловом совете накануне визита",
    labelEn: "Investment and trade agreements signed at the business forum and business council on the eve of the visit",
    value: "6000000000",
    unit: StatisticUnit.USD,
    isApproximate: true,
    eventId: "event-uz-kz-state-visit-2021",
    citations: [
      {
        sourceId: "src-s2",
        quote: "По итогам проведенных деловых мероприятий подписаны новые инвестиционные и торговые соглашения на сумму около 6 миллиардов долларов.",
      },
    ],
  },
  {
    id: "stat-great-silk-road-forum-participants",
    labelRu: "Участники форума из шести стран",
    labelEn: "Forum participants from the six countries",
    value: "300",
    unit: StatisticUnit.COUNT,
    isLowerBound: true,
    eventId: "event-great-silk-road-forum-2025",
    citations: [{ sourceId: "src-s5", quote: quote.s5ForumParticipants }],
  },
  {
    id: "stat-great-silk-road-forum-az-companies",
    labelRu: "Азербайджанские компании — участники форума",
    labelEn: "Azerbaijani companies taking part in the forum",
    value: "30",
    unit: StatisticUnit.COUNT,
    isLowerBound: true,
    eventId: "event-great-silk-road-forum-2025",
    citations: [{ sourceId: "src-s5", quote: quote.s5AzCompanies }],
  },
];
