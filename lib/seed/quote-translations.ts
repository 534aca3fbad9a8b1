// The portal's English renderings of the seeded quotes (Citation.quoteEn), keyed by the
// verbatim Russian passage in lib/seed/data.ts. A translation, not a restatement: it keeps
// the passage's wording and its numbers as the article gives them; the quote stays the
// authoritative text. tests/integration/seed.test.ts checks every seeded quote has one.
export const quoteTranslations: ReadonlyMap<string, string> = new Map([
  [
    "Решение о присоединении Азербайджана в качестве полноправного участника Консультативной встречи глав государств Центральной Азии.",
    "Decision on the accession of Azerbaijan as a full participant in the Consultative Meeting of the Heads of State of Central Asia.",
  ],
  [
    "Совместное заявление глав государств Центральной Азии по итогам VII Консультативной встречи;",
    "Joint Statement of the Heads of State of Central Asia following the VII Consultative Meeting;",
  ],
  [
    "Обращение глав государств Центральной Азии к государствам - членам ООН по кандидатуре Кыргызской Республики в непостоянные члены Совета Безопасности ООН на период 2027-2028 гг.;",
    "Appeal of the Heads of State of Central Asia to the member states of the UN on the candidacy of the Kyrgyz Republic for non-permanent membership of the UN Security Council for the period 2027-2028;",
  ],
  [
    "1. Концепция региональной безопасности, стабильности и устойчивого развития в Центральной Азии;",
    "1. Concept of regional security, stability and sustainable development in Central Asia;",
  ],
  [
    "2. Каталог рисков безопасности Центральной Азии и меры по их предупреждению на 2026-2028 гг.",
    "2. Catalogue of security risks of Central Asia and measures to prevent them for 2026-2028.",
  ],
  [
    "В принятой по итогам переговоров Декларации о союзнических отношениях между Республикой Узбекистан и Республикой Казахстан",
    "In the Declaration on Allied Relations between the Republic of Uzbekistan and the Republic of Kazakhstan adopted following the talks",
  ],
  [
    "Представительный состав участников мероприятия позволил обстоятельно обсудить итоги IV Консультативной встречи глав государств Центральной Азии",
    "The representative composition of the event's participants made it possible to discuss in detail the outcomes of the IV Consultative Meeting of the Heads of State of Central Asia",
  ],
  [
    "При этом эксперт ИСМИ подчеркнул, что недавно состоявшийся саммит глав государств Центральной Азии по сравнению с предыдущими встречами поистине стал историческим и прорывным событием, открыл новую страницу в развитии пятистороннего партнерства и вывел региональное сотрудничество на практическую плоскость.",
    "The ISMI expert also stressed that, compared with the previous meetings, the recent summit of the heads of state of Central Asia had truly become a historic and breakthrough event, had opened a new page in the development of the five-party partnership and had brought regional cooperation onto a practical plane.",
  ],
  [
    "Прошедшая 14 сентября в г. Душанбе V Консультативная встреча глав государств Центральной Азии",
    "The V Consultative Meeting of the Heads of State of Central Asia, held on 14 September in Dushanbe",
  ],
  [
    "Ташкент. 16 ноября. KAZAKHSTAN TODAY - Президент Казахстана Касым-Жомарт Токаев принял участие в VII консультативной встрече глав государств Центральной Азии",
    "Tashkent. 16 November. KAZAKHSTAN TODAY - The President of Kazakhstan Kassym-Jomart Tokayev took part in the VII Consultative Meeting of the Heads of State of Central Asia",
  ],
  [
    "16 ноября в Ташкенте состоится встреча стран Центральной Азии и Азербайджана. Президент Азербайджана Ильхам Алиев примет участие в Консультативной встрече глав государств региона по приглашению Президента Узбекистана Шавката Мирзиёева.",
    "On 16 November a meeting of the countries of Central Asia and Azerbaijan will take place in Tashkent. The President of Azerbaijan Ilham Aliyev will take part in the Consultative Meeting of the Heads of State of the region at the invitation of the President of Uzbekistan Shavkat Mirziyoyev.",
  ],
  [
    "Состоявшийся 5-6 декабря визит Президента Республики Узбекистан в Казахстан открыл новую веху дальнейшего углубления многогранного, взаимовыгодного узбекско-казахстанского сотрудничества.",
    "The visit of the President of the Republic of Uzbekistan to Kazakhstan on 5-6 December opened a new milestone in the further deepening of multifaceted, mutually beneficial Uzbek-Kazakh cooperation.",
  ],
  [
    "18 августа т.г. состоялся международный «круглый стол» на тему «Перспективы интеграции стран Центральной Азии в новую эпоху», организованный казахстанским Институтом мировой экономики и политики (ИМЭП).",
    'On 18 August of this year an international round table on the theme "Prospects for the integration of the countries of Central Asia in a new era" took place, organised by the Kazakh Institute of World Economics and Politics (IMEP).',
  ],
  [
    "В работе мероприятия приняли участие ведущие центральноазиатские эксперты, в том числе представители Центра стратегических исследований при Президенте Республики Таджикистан",
    "Leading Central Asian experts took part in the event, among them representatives of the Center for Strategic Studies under the President of the Republic of Tajikistan",
  ],
  [
    "Выступая на «круглом» столе, представитель ИСМИ Мурад Узаков озвучил основные угрозы и вызовы для региона Центральной Азии.",
    "Speaking at the round table, the ISMI representative Murad Uzakov set out the main threats and challenges for the Central Asian region.",
  ],
  [
    "В завершении вебинара участники высоко оценили продуктивность состоявшегося диалога",
    "At the close of the webinar the participants spoke highly of the productiveness of the dialogue held",
  ],
  [
    "эти договоренности были достигнуты по итогам первого заседания Совета министров торговли и инвестиций стран Центральной Азии и Азербайджана, состоявшемся сегодня в Ташкенте.",
    "these agreements were reached following the first meeting of the Council of Ministers of Trade and Investment of the countries of Central Asia and Azerbaijan, held today in Tashkent.",
  ],
  [
    'более 30 азербайджанских компаний принимают участие в международном бизнес-форуме "Great Silk Road Business Cooperation Forum - 2025", проходящем ныне в Ташкентской области Узбекистана.',
    'more than 30 Azerbaijani companies are taking part in the international business forum "Great Silk Road Business Cooperation Forum - 2025", now under way in the Tashkent region of Uzbekistan.',
  ],
  [
    "всего в данном форуме принимают участие более 300 представителей министерств и ведомств, торгово-промышленных палат, крупных компаний и частного сектора из Узбекистана, Казахстана, Кыргызстана, Таджикистана, Туркменистана и Азербайджана.",
    "in all, more than 300 representatives of ministries and agencies, chambers of commerce and industry, large companies and the private sector from Uzbekistan, Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and Azerbaijan are taking part in this forum.",
  ],
  [
    "Для придания системного характера совместным усилиям, главой Узбекистана предложено разработать Стратегию развития промышленной кооперации стран Центральной Азии на долгосрочную перспективу, а также создать Экономический совет государств Центральной Азии.",
    "To give joint efforts a systematic character, the head of Uzbekistan proposed developing a Strategy for the development of industrial cooperation of the countries of Central Asia for the long term, and also creating an Economic Council of the States of Central Asia.",
  ],
  [
    "Эту инициативу поддержал также Президент Казахстана Касым-Жомарт Токаев",
    "This initiative was also supported by the President of Kazakhstan Kassym-Jomart Tokayev",
  ],
  [
    "Для его полного использования было предложено разработать план действий по развитию промышленной кооперации государств Центральной Азии, который позволит сформировать замкнутые циклы производства отдельных видов товаров с перспективой экспорта на рынки третьих стран.",
    "To use it fully, it was proposed to develop an action plan for the development of industrial cooperation of the states of Central Asia, which will make it possible to form closed production cycles for certain kinds of goods with the prospect of export to the markets of third countries.",
  ],
  [
    "В этой связи, для координации совместных шагов в развитии торговли, обеспечения коммерческих интересов всех потенциальных экономических субъектов центральноазиатского рынка, привлечения инвестиций для претворения в жизнь крупных региональных проектов предложено создание Центральноазиатской Торговой палаты.",
    "In this connection, to coordinate joint steps in developing trade, to secure the commercial interests of all potential economic actors of the Central Asian market, and to attract investment for carrying out large regional projects, the creation of a Central Asian Chamber of Commerce was proposed.",
  ],
  [
    "В настоящее время в горнодобывающей и текстильной промышленности, автомобилестроении и строительстве успешно функционируют целый ряд предприятий, в рамках реализации отдельной «Дорожной карты» по расширению и углублению промышленной кооперации между Узбекистаном и Казахстаном.",
    'At present a whole number of enterprises are operating successfully in the mining and textile industries, automotive manufacturing and construction, as part of the implementation of a separate "Roadmap" for expanding and deepening industrial cooperation between Uzbekistan and Kazakhstan.',
  ],
  [
    "Для содействия этим целям создается Международный центр промышленной кооперации на приграничной территории двух стран.",
    "To support these goals, an International Centre for Industrial Cooperation is being created in the border area of the two countries.",
  ],
  [
    "Чтобы избежать дублирования проверок, избыточных бюрократических процедур при прохождении границ, считаем целесообразным рассмотреть вопрос внедрения Единой системы электронного сопровождения грузов.",
    "To avoid duplicated inspections and excessive bureaucratic procedures when crossing borders, we consider it advisable to consider introducing a Unified system of electronic cargo tracking.",
  ],
  [
    "Для дальнейшего укрепления потенциала региона предлагаем начать совместную разработку Комплексной стратегии развития транспортной системы Центральной Азии.",
    "To further strengthen the region's potential, we propose starting the joint development of a Comprehensive strategy for the development of the transport system of Central Asia.",
  ],
  [
    "Казахстан предложил создать в Астане Региональный исследовательский центр по редкоземельным металлам, который мог бы предоставлять инвесторам актуальную информацию о доступных месторождениях и технологиях их разработки",
    "Kazakhstan proposed creating in Astana a Regional research centre on rare earth metals, which could provide investors with up-to-date information on available deposits and the technologies for developing them",
  ],
  [
    "Предлагаем начать разработку Декларации об ответственном использовании искусственного интеллекта государствами Центральной Азии.",
    "We propose starting the development of a Declaration on the responsible use of artificial intelligence by the states of Central Asia.",
  ],
  [
    "Учитывая трансграничный характер водной проблематики, полагаю важным гармонизировать наши водные стратегии, в том числе для масштабирования наиболее успешных практик водосбережения.",
    "Given the transboundary nature of water issues, I consider it important to harmonise our water strategies, including in order to scale up the most successful water-saving practices.",
  ],
  [
    "В перспективе можно подумать и о принятии в соответствии с международными стандартами Рамочной конвенции Центральной Азии по водопользованию.",
    "In the longer term one could also think of adopting, in line with international standards, a Framework Convention of Central Asia on water use.",
  ],
  [
    "Подходящей площадкой для обсуждения этих предложений станет заседание глав государств - учредителей Международного фонда спасения Арала, который пройдет в следующем году в Астане в апреле одновременно с Региональным экологическим саммитом.",
    "A suitable platform for discussing these proposals will be the meeting of the heads of the founding states of the International Fund for Saving the Aral Sea, which will take place next year in Astana in April, at the same time as the Regional Environmental Summit.",
  ],
  [
    "Кроме того, предлагаем принять действенные меры по продвижению единого туристического бренда Центральной Азии. Правовой основой для наращивания сотрудничества может стать Соглашение о сотрудничестве в области туризма и создание единого туристического пространства стран Центральной Азии",
    "In addition, we propose taking effective measures to promote a single tourism brand of Central Asia. The legal basis for building up cooperation could be an Agreement on cooperation in the field of tourism and the creation of a single tourism space of the countries of Central Asia",
  ],
  [
    "Предлагаю рассмотреть возможность включения Центрально-Азиатского экспертного форума в систему регионального взаимодействия с его трансформацией в ключевую платформу для осуществления исследований и формирования единых подходов",
    "I propose considering the possibility of including the Central Asian Expert Forum in the system of regional interaction, transforming it into a key platform for conducting research and forming common approaches",
  ],
  [
    "По словам Токаева, Казахстан готов к взаимовыгодной работе в этом направлении, в том числе через создание совместных предприятий по глубокой переработке зерна, масличных и мясомолочных продуктов, развитию животноводства и органического растениеводства.",
    "According to Tokayev, Kazakhstan is ready for mutually beneficial work in this direction, including through creating joint ventures for the deep processing of grain, oilseeds, meat and dairy products, and developing livestock farming and organic crop growing.",
  ],
  [
    "При этом, стороны договорились об углублении экономического сотрудничества и разработке механизмов инвестиционного партнерства. Как сообщает министерство инвестиций, промышленности и торговли Узбекистана, эти договоренности были достигнуты по итогам первого заседания Совета министров торговли и инвестиций стран Центральной Азии и Азербайджана, состоявшемся сегодня в Ташкенте.",
    "At the same time, the sides agreed to deepen economic cooperation and to develop mechanisms of investment partnership. As the Ministry of Investment, Industry and Trade of Uzbekistan reports, these agreements were reached following the first meeting of the Council of Ministers of Trade and Investment of the countries of Central Asia and Azerbaijan, held today in Tashkent.",
  ],
  [
    "Особое внимание было уделено разработке практических инструментов для увеличения регионального товарооборота до $20 млрд в год.",
    "Particular attention was paid to developing practical tools for increasing regional trade turnover to $20 billion a year.",
  ],
  [
    'Отрадно, что между Азербайджаном, Казахстаном и Узбекистаном уже подписано соглашение по экспорту "зеленой энергии".',
    'It is gratifying that an agreement on the export of "green energy" has already been signed between Azerbaijan, Kazakhstan and Uzbekistan.',
  ],
  [
    'Тут стоит добавить, что одним из важных тематических блоков является кооперация в сфере "зеленой" энергетики.',
    'It is worth adding here that one of the important thematic blocks is cooperation in the field of "green" energy.',
  ],
  [
    "В настоящее время в Казахстане зарегистрировано 2144 предприятия с узбекским капиталом (5,8% от общего числа), из них 1414 действующих.",
    "At present 2144 enterprises with Uzbek capital are registered in Kazakhstan (5.8% of the total), of which 1414 are operating.",
  ],
  [
    "По итогам проведенных деловых мероприятий подписаны новые инвестиционные и торговые соглашения на сумму около 6 миллиардов долларов.",
    "Following the business events held, new investment and trade agreements worth about 6 billion dollars were signed.",
  ],
  [
    "Это позволило за последние пять лет увеличить внутрирегиональный товарооборот на более чем 80% до 11 млрд. долл., а в ближайшую перспективу довести его до 15 млрд. долл.",
    "This made it possible over the last five years to increase intra-regional trade turnover by more than 80% to 11 billion dollars, and in the near term to bring it to 15 billion dollars.",
  ],
  [
    "Думаю, что мы будем всесторонне поддерживать эту положительную динамику, чтобы в перспективе довести данный показатель до 20 млрд долларов",
    "I think that we will support this positive dynamic in every way, so as to bring this indicator to 20 billion dollars in the longer term",
  ],
  [
    "довести товарооборот между двумя странами в ближайшие пять лет до 10 млрд долл.",
    "to bring trade turnover between the two countries to 10 billion dollars in the next five years.",
  ],
  [
    "В итоге объем внутрирегиональной торговли в прошлом году достиг 11,5 млрд долларов.",
    "As a result, the volume of intra-regional trade reached 11.5 billion dollars last year.",
  ],
  [
    "Если в целом за 2020 год товарооборот между странами превысил 3 миллиарда долларов",
    "Whereas for 2020 as a whole trade turnover between the countries exceeded 3 billion dollars",
  ],
  [
    "то за январь- октябрь 2021 года он достиг 3,2 миллиарда долларов, то есть вырос на 36,5%.",
    "for January-October 2021 it reached 3.2 billion dollars, that is, it grew by 36.5%.",
  ],
  [
    "заметный рост демонстрирует и товарооборот между Азербайджаном и странами Центральной Азии - он увеличился с начала года на 13%.",
    "trade turnover between Azerbaijan and the countries of Central Asia is also showing notable growth - it has increased by 13% since the start of the year.",
  ],
  [
    "В сфере машиностроения АО «UZAuto Motors» и АО «MAN Auto-Uzbekistan» создали совместные предприятия с ТОО «СарыаркаАвтоПром» в Костанае по производству автомобилей Chevrolet и грузовых автомобилей MAN.",
    'In mechanical engineering, JSC "UZAuto Motors" and JSC "MAN Auto-Uzbekistan" created joint ventures with LLP "SaryarkaAvtoProm" in Kostanay for the production of Chevrolet cars and MAN trucks.',
  ],
  [
    "В Костанае в ноябре текущего года на АО «АгромашХолдингKZ» создано совместное предприятие Nurafshon по производству сельскохозяйственной техники.",
    'In Kostanay in November of this year, the joint venture Nurafshon for the production of agricultural machinery was created at JSC "AgromashHoldingKZ".',
  ],
  [
    "В сфере легкой промышленности казахстанско-узбекская торгово-промышленная компания Alliance создала совместное текстильное предприятие",
    "In light industry, the Kazakh-Uzbek trade and industrial company Alliance created a joint textile enterprise",
  ],
  ["в Туркестане была запущена швейная фабрика Turkestan Textile.", "in Turkestan the Turkestan Textile sewing factory was launched."],
  ["Узбекский бизнес стал активно инвестировать в экономику Казахстана.", "Uzbek business has begun to invest actively in the economy of Kazakhstan."],
]);
