import type { ActorData } from './types';

/**
 * International organisations, alliances and armed groups.
 *
 * Ids follow the corpus guidelines: the common English acronym in capitals (`UN`, `NATO`, `RSF`),
 * or, without one, the short name in capitals with underscores (`HAMAS`, `ARAB_LEAGUE`); a
 * self-declared authority without an ISO code gets a short code of its own (`NKR`).
 * Each string appears in one entry only (the two `SAF` entries share none). Forms that are
 * ambiguous in news are left out on purpose: "AA" (Arakan Army), "AFC" (Congo River Alliance),
 * "ADF" (also the Australian Defence Force), "IS", "National Liberation Army", "Tigrayan",
 * "Taliban" (Afghanistan's government since 2021; see `AFG`), "Commonwealth".
 * UN agencies and missions that speak as the UN are `seats` of `UN`.
 */
export const ORGANIZATIONS: readonly ActorData[] = [
  // ── The UN system ───────────────────────────────────────────────────────
  {
    id: 'UN',
    name: 'United Nations',
    kind: 'organization',
    names: ['United Nations', 'UN', 'U.N.'],
    seats: [
      // principal organs
      'Security Council', 'UN Security Council', 'U.N. Security Council', 'United Nations Security Council', 'UNSC',
      'General Assembly', 'UN General Assembly', 'U.N. General Assembly', 'United Nations General Assembly', 'UNGA',
      'Human Rights Council', 'UN Human Rights Council', 'U.N. Human Rights Council', 'United Nations Human Rights Council',
      'Office of the High Commissioner for Human Rights', 'OHCHR',
      // agencies, funds and programmes
      'UNRWA', 'Unrwa', 'United Nations Relief and Works Agency', 'UN Relief and Works Agency', 'U.N. Relief and Works Agency',
      'United Nations Relief and Works Agency for Palestine Refugees', 'UN Relief and Works Agency for Palestine Refugees',
      'U.N. Relief and Works Agency for Palestine Refugees', 'UN Relief and Works Agency for Palestinian Refugees',
      'U.N. Relief and Works Agency for Palestinian Refugees',
      'UNICEF', 'Unicef', "United Nations Children's Fund", 'United Nations Children’s Fund',
      'World Food Programme', 'World Food Program', 'WFP',
      'OCHA', 'Office for the Coordination of Humanitarian Affairs',
      'UNHCR', 'United Nations High Commissioner for Refugees', 'UN High Commissioner for Refugees', 'U.N. High Commissioner for Refugees',
      'UNDP', 'United Nations Development Programme', 'UNFPA', 'UN Women',
      'UNESCO', 'Unesco', 'FAO', 'Food and Agriculture Organization',
      'IOM', 'International Organization for Migration', 'UNFCCC', 'UNOPS',
      // peacekeeping and political missions
      'UNIFIL', 'Unifil', 'MONUSCO', 'Monusco', 'UNMISS', 'Unmiss', 'UNDOF', 'UNTSO', 'UNFICYP', 'UNMIK',
      'UNMOGIP', 'UNISFA', 'MINUSCA', 'MINUSMA', 'UNAMA', 'UNAMI', 'UNSMIL', 'UNMHA', 'UNITAMS',
    ],
  },
  {
    id: 'WHO',
    name: 'World Health Organization',
    kind: 'organization',
    names: ['World Health Organization', 'World Health Organisation', 'WHO'],
  },
  {
    id: 'IAEA',
    name: 'International Atomic Energy Agency',
    kind: 'organization',
    names: ['International Atomic Energy Agency', 'IAEA'],
  },
  {
    id: 'IMF',
    name: 'International Monetary Fund',
    kind: 'organization',
    names: ['International Monetary Fund', 'IMF'],
  },
  {
    id: 'WORLD_BANK',
    name: 'World Bank',
    kind: 'organization',
    names: ['World Bank', 'World Bank Group'],
  },
  {
    id: 'WTO',
    name: 'World Trade Organization',
    kind: 'organization',
    names: ['World Trade Organization', 'World Trade Organisation', 'WTO'],
  },
  {
    id: 'ICJ',
    name: 'International Court of Justice',
    kind: 'organization',
    names: ['International Court of Justice', 'ICJ', 'World Court'],
  },
  {
    id: 'ICC',
    name: 'International Criminal Court',
    kind: 'organization',
    names: ['International Criminal Court', 'ICC'],
  },
  {
    id: 'OPCW',
    name: 'Organisation for the Prohibition of Chemical Weapons',
    kind: 'organization',
    names: ['Organisation for the Prohibition of Chemical Weapons', 'Organization for the Prohibition of Chemical Weapons', 'OPCW'],
  },
  {
    id: 'ICRC',
    name: 'International Committee of the Red Cross',
    kind: 'organization',
    names: ['International Committee of the Red Cross', 'ICRC', 'Red Cross'],
  },

  // ── Europe and the Atlantic ─────────────────────────────────────────────
  {
    id: 'EU',
    name: 'European Union',
    kind: 'organization',
    names: ['European Union', 'EU', 'E.U.'],
    capitals: ['Brussels'],
    seats: [
      'European Commission', 'EU Commission', 'Berlaymont',
      'European Council', 'Council of the European Union', 'Council of the EU', 'EU Council', 'Foreign Affairs Council',
      'European Parliament', 'European External Action Service', 'EEAS',
    ],
  },
  {
    id: 'NATO',
    name: 'NATO',
    kind: 'organization',
    names: ['NATO', 'Nato', 'North Atlantic Treaty Organization', 'North Atlantic Treaty Organisation', 'North Atlantic Alliance'],
    seats: ['North Atlantic Council', 'KFOR'],
  },
  {
    id: 'OSCE',
    name: 'Organization for Security and Co-operation in Europe',
    kind: 'organization',
    names: [
      'OSCE',
      'Organization for Security and Co-operation in Europe', 'Organization for Security and Cooperation in Europe',
      'Organisation for Security and Co-operation in Europe', 'Organisation for Security and Cooperation in Europe',
    ],
  },
  {
    id: 'COE',
    name: 'Council of Europe',
    kind: 'organization',
    names: ['Council of Europe'],
    seats: ['Parliamentary Assembly of the Council of Europe', 'European Court of Human Rights'],
  },

  // ── Post-Soviet and Asia ────────────────────────────────────────────────
  {
    id: 'CSTO',
    name: 'Collective Security Treaty Organization',
    kind: 'organization',
    names: ['CSTO', 'Collective Security Treaty Organization', 'Collective Security Treaty Organisation'],
  },
  {
    id: 'CIS',
    name: 'Commonwealth of Independent States',
    kind: 'organization',
    names: ['Commonwealth of Independent States', 'CIS'],
  },
  {
    id: 'EAEU',
    name: 'Eurasian Economic Union',
    kind: 'organization',
    names: ['Eurasian Economic Union', 'EAEU'],
  },
  {
    id: 'SCO',
    name: 'Shanghai Cooperation Organisation',
    kind: 'organization',
    names: ['Shanghai Cooperation Organisation', 'Shanghai Cooperation Organization', 'SCO'],
  },
  {
    id: 'ASEAN',
    name: 'Association of Southeast Asian Nations',
    kind: 'organization',
    names: ['ASEAN', 'Asean', 'Association of Southeast Asian Nations', 'Association of South East Asian Nations'],
    seats: ['ASEAN Secretariat'],
  },
  {
    id: 'SAARC',
    name: 'South Asian Association for Regional Cooperation',
    kind: 'organization',
    names: ['South Asian Association for Regional Cooperation', 'SAARC'],
  },
  {
    id: 'APEC',
    name: 'Asia-Pacific Economic Cooperation',
    kind: 'organization',
    names: ['Asia-Pacific Economic Cooperation', 'APEC'],
  },

  // ── Groupings ───────────────────────────────────────────────────────────
  {
    id: 'G7',
    name: 'Group of Seven',
    kind: 'organization',
    names: ['G7', 'G-7', 'Group of Seven', 'Group of 7'],
  },
  {
    id: 'G20',
    name: 'Group of 20',
    kind: 'organization',
    names: ['G20', 'G-20', 'Group of 20', 'Group of Twenty'],
  },
  {
    id: 'BRICS',
    name: 'BRICS',
    kind: 'organization',
    names: ['BRICS', 'Brics'],
  },
  {
    id: 'NAM',
    name: 'Non-Aligned Movement',
    kind: 'organization',
    names: ['Non-Aligned Movement'],
  },
  {
    id: 'OPEC',
    name: 'Organization of the Petroleum Exporting Countries',
    kind: 'organization',
    names: ['OPEC', 'Organization of the Petroleum Exporting Countries'],
  },
  {
    id: 'OECD',
    name: 'Organisation for Economic Co-operation and Development',
    kind: 'organization',
    names: ['OECD', 'Organisation for Economic Co-operation and Development', 'Organization for Economic Cooperation and Development'],
  },

  // ── Middle East and the Muslim world ────────────────────────────────────
  {
    id: 'ARAB_LEAGUE',
    name: 'Arab League',
    kind: 'organization',
    names: ['Arab League', 'League of Arab States'],
  },
  {
    id: 'OIC',
    name: 'Organisation of Islamic Cooperation',
    kind: 'organization',
    names: ['Organisation of Islamic Cooperation', 'Organization of Islamic Cooperation', 'OIC'],
  },
  {
    id: 'GCC',
    name: 'Gulf Cooperation Council',
    kind: 'organization',
    names: ['Gulf Cooperation Council', 'GCC', 'Cooperation Council for the Arab States of the Gulf'],
  },

  // ── Africa ──────────────────────────────────────────────────────────────
  {
    id: 'AU',
    name: 'African Union',
    kind: 'organization',
    names: ['African Union', 'AU', 'A.U.'],
    seats: [
      'African Union Commission', 'AU Commission',
      'AU Peace and Security Council', 'African Union Peace and Security Council', 'Peace and Security Council',
      'AUSSOM', 'ATMIS', 'AMISOM',
    ],
  },
  {
    id: 'ECOWAS',
    name: 'Economic Community of West African States',
    kind: 'organization',
    names: ['ECOWAS', 'Ecowas', 'Economic Community of West African States'],
  },
  {
    id: 'ECCAS',
    name: 'Economic Community of Central African States',
    kind: 'organization',
    names: ['ECCAS', 'Economic Community of Central African States'],
  },
  {
    id: 'EAC',
    name: 'East African Community',
    kind: 'organization',
    names: ['East African Community', 'EAC'],
    seats: ['EACRF'],
  },
  {
    id: 'SADC',
    name: 'Southern African Development Community',
    kind: 'organization',
    names: ['Southern African Development Community', 'SADC'],
    seats: ['SAMIDRC'],
  },
  {
    id: 'IGAD',
    name: 'Intergovernmental Authority on Development',
    kind: 'organization',
    names: ['IGAD', 'Intergovernmental Authority on Development'],
  },
  {
    id: 'ICGLR',
    name: 'International Conference on the Great Lakes Region',
    kind: 'organization',
    names: ['International Conference on the Great Lakes Region', 'ICGLR'],
  },
  {
    id: 'AES',
    name: 'Alliance of Sahel States',
    kind: 'organization',
    names: ['Alliance of Sahel States', 'Confederation of Sahel States'],
  },

  // ── The Americas ────────────────────────────────────────────────────────
  {
    id: 'OAS',
    name: 'Organization of American States',
    kind: 'organization',
    names: ['Organization of American States', 'OAS'],
  },
  {
    id: 'CELAC',
    name: 'Community of Latin American and Caribbean States',
    kind: 'organization',
    names: ['CELAC', 'Community of Latin American and Caribbean States'],
  },
  {
    id: 'CARICOM',
    name: 'Caribbean Community',
    kind: 'organization',
    names: ['CARICOM', 'Caricom', 'Caribbean Community'],
  },

  // ── Gaza after the 2025 plan ────────────────────────────────────────────
  {
    id: 'BOARD_OF_PEACE',
    name: 'Board of Peace',
    kind: 'organization',
    names: ['Board of Peace'],
    from: '2025-09-29',
  },

  // ── Armed groups and non-state authorities: Middle East ─────────────────
  {
    id: 'HAMAS',
    name: 'Hamas',
    kind: 'organization',
    names: [
      'Hamas', 'HAMAS', 'Islamic Resistance Movement',
      'Qassam Brigades', 'al-Qassam Brigades', 'Al-Qassam Brigades',
      'Izz ad-Din al-Qassam Brigades', 'Izz al-Din al-Qassam Brigades', 'Ezzedine al-Qassam Brigades',
      'Ezzedine Al-Qassam Brigades', 'Izzedine al-Qassam Brigades', 'Ezz al-Din al-Qassam Brigades',
    ],
  },
  {
    id: 'PIJ',
    name: 'Palestinian Islamic Jihad',
    kind: 'organization',
    names: [
      'Palestinian Islamic Jihad', 'Islamic Jihad', 'PIJ', 'Islamic Jihad Movement in Palestine',
      'al-Quds Brigades', 'Al-Quds Brigades', 'Al Quds Brigades', 'Saraya al-Quds',
    ],
  },
  {
    id: 'FATAH',
    name: 'Fatah',
    kind: 'organization',
    names: ['Fatah'],
  },
  {
    id: 'PLO',
    name: 'Palestine Liberation Organization',
    kind: 'organization',
    names: ['Palestine Liberation Organization', 'Palestine Liberation Organisation', 'PLO'],
  },
  {
    id: 'PFLP',
    name: 'Popular Front for the Liberation of Palestine',
    kind: 'organization',
    names: ['Popular Front for the Liberation of Palestine', 'PFLP'],
  },
  {
    id: 'DFLP',
    name: 'Democratic Front for the Liberation of Palestine',
    kind: 'organization',
    names: ['Democratic Front for the Liberation of Palestine', 'DFLP'],
  },
  {
    id: 'HEZBOLLAH',
    name: 'Hezbollah',
    kind: 'organization',
    names: ['Hezbollah', 'Hizbollah', 'Hizballah', 'Hizbullah', 'Islamic Resistance in Lebanon'],
  },
  {
    id: 'HOUTHIS',
    name: 'Houthis',
    kind: 'organization',
    names: ['Houthis', 'Houthi', 'Houthi movement', 'Huthis', 'Huthi', 'Ansar Allah', 'Ansarallah'],
    seats: ['Supreme Political Council'],
  },
  {
    id: 'STC',
    name: 'Southern Transitional Council',
    kind: 'organization',
    names: ['Southern Transitional Council', 'STC'],
  },
  {
    id: 'HTS',
    name: 'Hayat Tahrir al-Sham',
    kind: 'organization',
    names: ['Hayat Tahrir al-Sham', "Hay'at Tahrir al-Sham", 'Hay’at Tahrir al-Sham', 'HTS'],
    seats: ['Syrian Salvation Government'],
    to: '2025-01-29',
  },
  {
    id: 'SDF',
    name: 'Syrian Democratic Forces',
    kind: 'organization',
    names: ['Syrian Democratic Forces', 'SDF'],
    seats: ['Autonomous Administration of North and East Syria', 'AANES'],
  },
  {
    id: 'YPG',
    name: "People's Protection Units",
    kind: 'organization',
    names: ['YPG', "People's Protection Units", 'People’s Protection Units'],
  },
  {
    id: 'SNA',
    name: 'Syrian National Army',
    kind: 'organization',
    names: ['Syrian National Army'],
  },
  {
    id: 'PKK',
    name: "Kurdistan Workers' Party",
    kind: 'organization',
    names: ["Kurdistan Workers' Party", 'Kurdistan Workers’ Party', 'Kurdistan Workers Party', 'PKK'],
  },
  {
    id: 'KRG',
    name: 'Kurdistan Regional Government',
    kind: 'organization',
    names: ['Kurdistan Regional Government', 'KRG'],
    seats: ['Peshmerga'],
  },
  {
    id: 'ISIS',
    name: 'Islamic State',
    kind: 'organization',
    names: [
      'Islamic State', 'ISIS', 'ISIL', 'Daesh',
      'Islamic State of Iraq and Syria', 'Islamic State of Iraq and the Levant',
      'Islamic State West Africa Province', 'ISWAP',
      'Islamic State Khorasan', 'Islamic State Khorasan Province', 'ISKP',
    ],
  },
  {
    id: 'PMF',
    name: 'Popular Mobilization Forces',
    kind: 'organization',
    names: [
      'Popular Mobilization Forces', 'Popular Mobilisation Forces', 'Popular Mobilization Units', 'Popular Mobilisation Units',
      'PMF', 'PMU', 'Hashed al-Shaabi', 'Hashd al-Shaabi', 'al-Hashd al-Shaabi',
    ],
  },
  {
    id: 'ISLAMIC_RESISTANCE_IRAQ',
    name: 'Islamic Resistance in Iraq',
    kind: 'organization',
    names: ['Islamic Resistance in Iraq'],
  },
  {
    id: 'KATAIB_HEZBOLLAH',
    name: 'Kataib Hezbollah',
    kind: 'organization',
    names: ['Kataib Hezbollah', "Kata'ib Hezbollah", 'Kata’ib Hezbollah', 'Kataeb Hezbollah'],
  },
  {
    id: 'NUJABA',
    name: 'Harakat al-Nujaba',
    kind: 'organization',
    names: ['Harakat Hezbollah al-Nujaba', 'Harakat al-Nujaba', 'Nujaba'],
  },

  // ── Caucasus and Ukraine ────────────────────────────────────────────────
  {
    id: 'NKR',
    name: 'Nagorno-Karabakh Republic',
    kind: 'organization',
    names: [
      'Nagorno-Karabakh Republic', 'Republic of Artsakh', 'Artsakh',
      'Karabakh authorities', 'Nagorno-Karabakh authorities', 'Karabakh separatists',
    ],
    capitals: ['Stepanakert', 'Khankendi'],
    to: '2024-01-01',
  },
  {
    id: 'DPR',
    name: "Donetsk People's Republic",
    kind: 'organization',
    names: ["Donetsk People's Republic", 'Donetsk People’s Republic', 'DPR', 'DNR'],
  },
  {
    id: 'LPR',
    name: "Luhansk People's Republic",
    kind: 'organization',
    names: [
      "Luhansk People's Republic", 'Luhansk People’s Republic', "Lugansk People's Republic", 'Lugansk People’s Republic',
      'LPR', 'LNR',
    ],
  },
  {
    id: 'WAGNER',
    name: 'Wagner Group',
    kind: 'organization',
    names: ['Wagner Group', 'Wagner private military company', 'PMC Wagner', 'Wagner PMC'],
  },

  // ── Sudan and South Sudan ───────────────────────────────────────────────
  {
    id: 'RSF',
    name: 'Rapid Support Forces',
    kind: 'organization',
    names: ['Rapid Support Forces', 'Rapid Support Force', 'RSF'],
    seats: ['Tasis', 'Tasis alliance', 'Tasis Alliance', 'Sudan Founding Alliance'],
  },
  {
    id: 'SAF',
    name: 'Sudanese Armed Forces',
    kind: 'organization',
    names: [
      'Sudanese Armed Forces', 'SAF', 'Sudanese army', 'Sudanese Army', 'Sudanese military',
      "Sudan's army", 'Sudan’s army', "Sudan's military", 'Sudan’s military',
      "Sudan's armed forces", 'Sudan’s armed forces',
    ],
  },
  {
    // Sudan's army-led government during the war from 2023 (see `SDN` before it).
    id: 'SAF',
    name: 'Sudanese Armed Forces',
    kind: 'organization',
    names: ['Sudan', 'Republic of Sudan'],
    demonyms: ['Sudanese'],
    capitals: ['Khartoum', 'Port Sudan'],
    seats: ['Sovereignty Council', 'Sovereign Council', 'Transitional Sovereignty Council'],
    from: '2023-04-15',
  },
  {
    id: 'JEM',
    name: 'Justice and Equality Movement',
    kind: 'organization',
    names: ['Justice and Equality Movement', 'JEM'],
  },
  {
    id: 'SLM',
    name: 'Sudan Liberation Movement',
    kind: 'organization',
    names: ['Sudan Liberation Movement', 'Sudan Liberation Army', 'SLM'],
  },
  {
    id: 'SPLM_N',
    name: "Sudan People's Liberation Movement-North",
    kind: 'organization',
    names: ["Sudan People's Liberation Movement-North", 'Sudan People’s Liberation Movement-North', 'SPLM-N'],
  },
  {
    id: 'SPLM_IO',
    name: "Sudan People's Liberation Movement-In Opposition",
    kind: 'organization',
    names: [
      'SPLM-IO', 'SPLM-In Opposition', 'SPLA-IO',
      "Sudan People's Liberation Movement-In Opposition", 'Sudan People’s Liberation Movement-In Opposition',
      "Sudan People's Liberation Movement in Opposition", 'Sudan People’s Liberation Movement in Opposition',
    ],
  },

  // ── Horn of Africa ──────────────────────────────────────────────────────
  {
    id: 'TPLF',
    name: "Tigray People's Liberation Front",
    kind: 'organization',
    names: [
      "Tigray People's Liberation Front", 'Tigray People’s Liberation Front', 'TPLF',
      'Tigray Defence Forces', 'Tigray Defense Forces', 'TDF',
      'Tigrayan forces', 'Tigray forces', 'Tigrayan fighters', 'Tigrayan rebels', 'Tigray rebels',
      'Tigrayan authorities', 'Tigray authorities', 'Tigray regional government', 'Government of Tigray',
    ],
  },
  {
    id: 'FANO',
    name: 'Fano',
    kind: 'organization',
    names: ['Fano', 'Fano militia'],
  },
  {
    id: 'OLA',
    name: 'Oromo Liberation Army',
    kind: 'organization',
    names: ['Oromo Liberation Army', 'OLA'],
  },
  {
    id: 'AL_SHABAAB',
    name: 'al-Shabaab',
    kind: 'organization',
    names: [
      'al-Shabaab', 'Al-Shabaab', 'al Shabaab', 'Al Shabaab',
      'al-Shabab', 'Al-Shabab', 'al Shabab', 'Al Shabab', 'Harakat al-Shabaab al-Mujahideen',
    ],
  },

  // ── Great Lakes ─────────────────────────────────────────────────────────
  {
    id: 'M23',
    name: 'M23',
    kind: 'organization',
    names: ['M23', 'March 23 Movement', 'Mouvement du 23 mars', 'Congo River Alliance', 'Alliance Fleuve Congo'],
  },
  {
    id: 'FDLR',
    name: 'Democratic Forces for the Liberation of Rwanda',
    kind: 'organization',
    names: ['Democratic Forces for the Liberation of Rwanda', 'FDLR'],
  },
  {
    id: 'ADF',
    name: 'Allied Democratic Forces',
    kind: 'organization',
    names: ['Allied Democratic Forces'],
  },

  // ── West Africa, Sahel and North Africa ─────────────────────────────────
  {
    id: 'JNIM',
    name: "Jama'at Nusrat al-Islam wal-Muslimin",
    kind: 'organization',
    names: [
      'JNIM', "Jama'at Nusrat al-Islam wal-Muslimin", 'Jama’at Nusrat al-Islam wal-Muslimin',
      'Jamaat Nusrat al-Islam wal-Muslimin', 'Group for the Support of Islam and Muslims',
    ],
  },
  {
    id: 'BOKO_HARAM',
    name: 'Boko Haram',
    kind: 'organization',
    names: ['Boko Haram'],
  },
  {
    id: 'FLA',
    name: 'Azawad Liberation Front',
    kind: 'organization',
    names: ['Azawad Liberation Front'],
  },
  {
    id: 'LNA',
    name: 'Libyan National Army',
    kind: 'organization',
    names: ['Libyan National Army', 'LNA', 'Libyan Arab Armed Forces', 'LAAF'],
  },
  {
    id: 'POLISARIO',
    name: 'Polisario Front',
    kind: 'organization',
    names: ['Polisario Front', 'Polisario', 'Frente Polisario'],
  },

  // ── South Asia ──────────────────────────────────────────────────────────
  {
    id: 'TTP',
    name: 'Tehrik-i-Taliban Pakistan',
    kind: 'organization',
    names: [
      'Tehrik-i-Taliban Pakistan', 'Tehrik-e-Taliban Pakistan', 'Tehreek-e-Taliban Pakistan', 'TTP', 'Pakistani Taliban',
    ],
  },
  {
    id: 'BLA',
    name: 'Baloch Liberation Army',
    kind: 'organization',
    names: ['Baloch Liberation Army', 'BLA'],
  },
  {
    id: 'LET',
    name: 'Lashkar-e-Taiba',
    kind: 'organization',
    names: ['Lashkar-e-Taiba', 'Lashkar-e-Tayyiba', 'Lashkar-e-Toiba', 'LeT'],
  },
  {
    id: 'JAISH_E_MOHAMMED',
    name: 'Jaish-e-Mohammed',
    kind: 'organization',
    names: ['Jaish-e-Mohammed', 'Jaish-e-Mohammad', 'Jaish-e-Muhammad', 'JeM'],
  },

  // ── Myanmar ─────────────────────────────────────────────────────────────
  {
    id: 'NUG',
    name: 'National Unity Government',
    kind: 'organization',
    names: ['National Unity Government', 'NUG'],
    seats: ["People's Defence Force", 'People’s Defence Force', "People's Defense Force", 'People’s Defense Force'],
  },
  {
    id: 'ARAKAN_ARMY',
    name: 'Arakan Army',
    kind: 'organization',
    names: ['Arakan Army'],
  },
  {
    id: 'KIA',
    name: 'Kachin Independence Army',
    kind: 'organization',
    names: ['Kachin Independence Army', 'KIA', 'Kachin Independence Organization', 'Kachin Independence Organisation', 'KIO'],
  },
  {
    id: 'MNDAA',
    name: 'Myanmar National Democratic Alliance Army',
    kind: 'organization',
    names: ['Myanmar National Democratic Alliance Army', 'MNDAA'],
  },
  {
    id: 'TNLA',
    name: "Ta'ang National Liberation Army",
    kind: 'organization',
    names: ["Ta'ang National Liberation Army", 'Ta’ang National Liberation Army', 'TNLA'],
  },
  {
    id: 'THREE_BROTHERHOOD',
    name: 'Three Brotherhood Alliance',
    kind: 'organization',
    names: ['Three Brotherhood Alliance', 'Brotherhood Alliance'],
  },

  // ── Colombia ────────────────────────────────────────────────────────────
  {
    id: 'ELN',
    name: 'National Liberation Army (Colombia)',
    kind: 'organization',
    names: ['ELN', 'Ejército de Liberación Nacional', 'Ejercito de Liberacion Nacional'],
  },
  {
    id: 'FARC',
    name: 'Revolutionary Armed Forces of Colombia',
    kind: 'organization',
    names: ['FARC', 'Farc', 'FARC-EP', 'Revolutionary Armed Forces of Colombia'],
  },
  {
    id: 'EMC',
    name: 'Estado Mayor Central',
    kind: 'organization',
    names: ['Estado Mayor Central', 'Central General Staff', 'EMC'],
  },
  {
    id: 'EGC',
    name: 'Gulf Clan',
    kind: 'organization',
    names: [
      'Gulf Clan', 'Clan del Golfo', 'EGC', 'AGC',
      'Gaitanista Army of Colombia', 'Gaitanist Army of Colombia', 'Gaitanista Self-Defense Forces of Colombia',
    ],
  },
];

/** News agencies, media, NGOs and think tanks: mentioned, but never actors. */
export const NOT_ORGANIZATIONS: readonly string[] = [
  // ── News agencies ───────────────────────────────────────────────────────
  'Reuters', 'Associated Press', 'AP', 'AFP', 'Agence France-Presse', 'Agence France Presse',
  'Bloomberg', 'Bloomberg News', 'Dow Jones', 'UPI', 'United Press International',
  'dpa', 'DPA', 'Deutsche Presse-Agentur', 'ANSA', 'EFE', 'Europa Press', 'Polish Press Agency',
  'PA Media', 'Press Association', 'Canadian Press', 'Australian Associated Press', 'AAP',
  'Xinhua', 'Xinhua News Agency', 'China News Service',
  'TASS', 'Tass', 'RIA Novosti', 'RIA', 'Interfax', 'Interfax-Ukraine', 'Sputnik',
  'Ukrinform', 'UNIAN', 'Armenpress', 'Azertac', 'AZERTAC', 'BelTA',
  'IRNA', 'Tasnim', 'Fars', 'Fars News Agency', 'Mehr', 'Mehr News Agency', 'ISNA',
  'Anadolu', 'Anadolu Agency',
  'WAFA', 'Wafa', "Ma'an News Agency", 'Shehab News Agency', 'Quds News Network',
  'SANA', 'Syrian Arab News Agency', 'Saudi Press Agency', 'SPA', 'WAM', 'Emirates News Agency',
  'QNA', 'Qatar News Agency', 'KUNA', 'Kuwait News Agency', 'Oman News Agency',
  'MENA', 'Middle East News Agency', 'NNA', 'National News Agency', 'Iraqi News Agency',
  'Saba', 'Saba News Agency', 'SUNA', 'Sudan News Agency',
  'Ethiopian News Agency', 'Kenya News Agency',
  'KCNA', 'Korean Central News Agency', 'Yonhap', 'Kyodo', 'Kyodo News', 'Jiji Press',
  'PTI', 'Press Trust of India', 'ANI', 'Asian News International', 'IANS',
  'APP', 'Associated Press of Pakistan', 'Bernama', 'Antara', 'Vietnam News Agency',
  // ── Broadcasters ────────────────────────────────────────────────────────
  'BBC', 'CNN', 'Fox News', 'NBC', 'NBC News', 'CBS', 'CBS News', 'ABC News', 'MSNBC', 'CNBC', 'NPR', 'PBS',
  'Sky News', 'Sky News Arabia', 'ITV News', 'Channel 4 News', 'France 24', 'RFI', 'Radio France Internationale',
  'Euronews', 'Deutsche Welle', 'DW', 'ARD', 'ZDF',
  'Voice of America', 'VOA', 'Radio Free Europe', 'Radio Liberty', 'RFE', 'Radio Free Asia',
  'Al Jazeera', 'Al-Jazeera', 'Al Arabiya', 'Al-Arabiya', 'Al Hadath', 'Al-Hadath', 'Al Mayadeen', 'Al-Mayadeen',
  'Al-Manar', 'Al Manar', 'Al-Masirah', 'Al Masirah', 'Al-Aqsa TV', 'Al-Qahera News', 'Al Qahera News', 'Asharq News',
  'LBCI', 'Press TV', 'PressTV', 'IRIB', 'TRT', 'TRT World', 'Rudaw', 'Kurdistan24',
  'Channel 12', 'Channel 13', 'Kan News', 'Army Radio', 'i24NEWS', 'i24 News',
  'RT', 'Russia Today', 'Channel One', 'Zvezda', 'Suspilne', 'Hromadske',
  'CGTN', 'CCTV', 'China Central Television', 'Phoenix TV', 'NHK', 'NDTV', 'Geo News', 'Radio Pakistan',
  'Radio Okapi', 'Radio Dabanga',
  // ── Newspapers and news sites ───────────────────────────────────────────
  'New York Times', 'Washington Post', 'Wall Street Journal', 'Financial Times', 'Economist',
  'Axios', 'Politico', 'Daily Telegraph', 'Newsweek', 'Semafor',
  'Le Monde', 'Le Figaro', 'Der Spiegel', 'Bild', 'Die Welt', 'Die Zeit', 'Frankfurter Allgemeine Zeitung',
  'Corriere della Sera', 'La Repubblica', 'El País', 'El Pais',
  'Haaretz', 'Times of Israel', 'Jerusalem Post', 'Ynet', 'Ynetnews', 'Yedioth Ahronoth', 'Israel Hayom', 'Maariv',
  'Al-Ahram', 'Ahram Online', 'Asharq Al-Awsat', 'Arab News', 'Gulf News', 'Saudi Gazette', 'Al-Monitor',
  'Middle East Eye', 'New Arab', 'Al-Araby Al-Jadeed', 'Al-Akhbar', 'An-Nahar', 'Annahar', 'Naharnet',
  "L'Orient-Le Jour", "L'Orient Today", 'Al-Quds Al-Arabi', 'Tehran Times', 'Kayhan', 'Daily Sabah', 'Hurriyet',
  'Kyiv Independent', 'Kyiv Post', 'Ukrainska Pravda', 'Moscow Times', 'Meduza', 'Novaya Gazeta', 'Kommersant',
  'Vedomosti', 'Izvestia', 'RBC', 'Rossiyskaya Gazeta', 'Komsomolskaya Pravda',
  'Global Times', "People's Daily", 'People’s Daily', 'China Daily', 'South China Morning Post', 'SCMP', 'Caixin',
  'Nikkei', 'Nikkei Asia', 'Yomiuri Shimbun', 'Asahi Shimbun', 'Japan Times', 'Rodong Sinmun',
  'Times of India', 'Hindustan Times', 'Indian Express', 'India Today', 'Express Tribune',
  'Straits Times', 'Bangkok Post', 'Khmer Times', 'Phnom Penh Post', 'Irrawaddy', 'Myanmar Now',
  'Sudan Tribune', 'Addis Standard',
  // ── NGOs and humanitarian groups ────────────────────────────────────────
  'Amnesty International', 'Amnesty', 'Human Rights Watch', 'HRW',
  'Doctors Without Borders', 'Medecins Sans Frontieres', 'Médecins Sans Frontières', 'MSF',
  'Reporters Without Borders', 'Reporters Sans Frontieres', 'Reporters sans frontières',
  'Committee to Protect Journalists', 'CPJ', 'International Federation of Journalists',
  'International Federation of Red Cross and Red Crescent Societies', 'IFRC', 'American Red Cross', 'British Red Cross',
  'Palestine Red Crescent Society', 'Palestine Red Crescent', 'Palestinian Red Crescent', 'Syrian Arab Red Crescent',
  'Turkish Red Crescent', 'Iranian Red Crescent', 'Sudanese Red Crescent', 'Magen David Adom',
  'Ukrainian Red Cross', 'Russian Red Cross', 'Lebanese Red Cross', 'Ethiopian Red Cross', 'Kenya Red Cross',
  'International Cricket Council',
  'Oxfam', 'Save the Children', 'Norwegian Refugee Council', 'NRC', 'Danish Refugee Council',
  'International Rescue Committee', 'IRC', 'Mercy Corps', 'World Central Kitchen', 'Islamic Relief',
  'CARE International', 'Catholic Relief Services', 'World Vision', 'Action Against Hunger', 'ActionAid',
  'Handicap International', 'Humanity and Inclusion', 'International Medical Corps', 'Medical Aid for Palestinians',
  "Samaritan's Purse", 'Samaritan’s Purse', 'Plan International', 'HALO Trust', "Norwegian People's Aid",
  'Physicians for Human Rights', "B'Tselem", 'B’Tselem', 'Peace Now', 'Yesh Din', 'Al-Haq', 'Al Mezan',
  'Palestinian Centre for Human Rights', 'Palestinian Center for Human Rights',
  'Euro-Med Human Rights Monitor', 'Euro-Mediterranean Human Rights Monitor',
  'Syrian Observatory for Human Rights', 'SOHR', 'Syrian Network for Human Rights', 'SNHR', 'White Helmets',
  'Hostages and Missing Families Forum', 'OVD-Info', 'Transparency International', 'Freedom House',
  'UN Watch', 'United Nations Association', 'Security Council Report',
  'Airwars', 'Bellingcat', 'ACLED', 'Armed Conflict Location and Event Data Project',
  'Integrated Food Security Phase Classification', 'Famine Review Committee', 'FEWS NET',
  'Famine Early Warning Systems Network', 'Conflict Armament Research', 'Small Arms Survey',
  // ── Think tanks and pollsters ───────────────────────────────────────────
  'International Crisis Group', 'Crisis Group', 'ICG', 'Institute for the Study of War', 'ISW', 'Critical Threats',
  'Atlantic Council', 'Brookings Institution', 'Brookings', 'Council on Foreign Relations', 'Chatham House',
  'Carnegie Endowment for International Peace', 'Carnegie Endowment', 'Carnegie Middle East Center',
  'Carnegie Russia Eurasia Center', 'Center for Strategic and International Studies', 'CSIS',
  'RAND Corporation', 'Rand Corporation', 'RAND', 'Heritage Foundation', 'Hudson Institute',
  'American Enterprise Institute', 'Quincy Institute', 'Wilson Center', 'Stimson Center', 'Middle East Institute',
  'Washington Institute for Near East Policy', 'Washington Institute', 'Foundation for Defense of Democracies',
  'Center for a New American Security', 'CNAS', 'Soufan Center', 'Eurasia Group', 'Arab Center Washington DC',
  'International Institute for Strategic Studies', 'IISS', 'Royal United Services Institute', 'RUSI',
  'Stockholm International Peace Research Institute', 'SIPRI', 'European Council on Foreign Relations', 'ECFR',
  'Bruegel', 'Kiel Institute', 'Kiel Institute for the World Economy', 'German Marshall Fund',
  'German Institute for International and Security Affairs', 'Clingendael',
  'Valdai Discussion Club', 'Valdai Club', 'Russian International Affairs Council', 'Levada Center', 'Levada',
  'Kyiv School of Economics', 'Kyiv International Institute of Sociology', 'Razumkov Centre',
  'Institute for National Security Studies', 'INSS', 'Israel Democracy Institute',
  'Palestinian Center for Policy and Survey Research', 'Arab Center for Research and Policy Studies',
  'Sanaa Center for Strategic Studies', 'Rift Valley Institute', 'Institute for Security Studies',
  'Observer Research Foundation', 'Lowy Institute', 'Pew Research Center', 'Gallup', 'YouGov', 'Ipsos',
];
