import type { QuestionInput } from '../format.js';
import {
  PRACTICE,
  maturity,
  noneOfThese,
  notApplicable,
  opt,
  pastIncidents,
  t,
} from './helpers.js';

/** Environment (TMG 2.x, NESIC's environmental requirements). */
const theme = 'environment';

/** The answers to ENV-05 under which emissions are known. */
const EMISSIONS_CALCULATED = ['scope3', 'scope12', 'calculated'];

export const environmentQuestions: QuestionInput[] = [
  // ── core ──────────────────────────────────────────────────────────────────────────────
  {
    id: 'ENV-01',
    theme,
    type: 'single_choice',
    text: t(
      '環境マネジメントシステム（ISO 14001、エコアクション21、KESなど）を導入していますか。',
      'Do you operate an environmental management system (ISO 14001, Eco Action 21, KES or similar)?',
    ),
    options: [
      opt('certified', 'はい（第三者認証を取得しています）', 'Yes, certified by a third party', 1),
      opt(
        'own',
        'はい（認証は取得していませんが、自社の仕組みで運用しています）',
        'Yes, our own system, without certification',
        0.5,
      ),
      opt('no', 'いいえ', 'No', 0),
    ],
    evidence: 'optional',
    reference: 'TMG 2.9, NESIC environmental management system',
    guidance: t(
      '環境方針、環境への影響の把握、目標、法令の遵守状況の確認、内部監査からなる仕組みを整えてください。中小企業には、エコアクション21やKESなど、負担の少ない認証制度もあります。',
      'Put in place an environmental policy, an assessment of your environmental impacts, targets, compliance checks and internal audits. Small companies can use lighter schemes such as Eco Action 21 or KES.',
    ),
  },
  {
    id: 'ENV-02',
    theme,
    type: 'single_choice',
    text: t(
      '大気・水質・土壌の汚染を防止するため、環境関連法令に基づく届出・許可、排出基準の遵守、定期的な測定、漏えいや事故の防止策を実施していますか。',
      'To prevent air, water and soil pollution, do you make the notifications and hold the permits that environmental law requires, meet emission standards, monitor regularly, and take measures to prevent leaks and accidents?',
    ),
    options: maturity(
      {},
      notApplicable(
        '汚染物質を排出する施設や設備がなく、事務作業のみです',
        'we have no facilities or equipment that release pollutants (office work only)',
      ),
    ),
    critical: true,
    level: 'mandatory',
    evidence: 'optional',
    reference: 'TMG 2.9',
    guidance: t(
      '大気汚染防止法、水質汚濁防止法、土壌汚染対策法などで届出や測定が必要な施設・設備を洗い出し、届出と測定を確実に行ってください。油や化学物質の漏えい防止策（防液堤、定期点検など）と事故時の対応手順を定め、近隣からの苦情にも対応してください。',
      'List the facilities and equipment that need notifications or monitoring under the Air Pollution Control Act, the Water Pollution Prevention Act, the Soil Contamination Countermeasures Act and similar laws, and make sure the notifications and measurements are done. Prevent leaks of oil and chemicals (bunding, regular inspections …), set a procedure for accidents, and respond to complaints from neighbours.',
    ),
  },
  {
    id: 'ENV-03',
    theme,
    type: 'single_choice',
    text: t(
      '製造工程で使用する化学物質と製品に含まれる化学物質を把握し、法令（化管法（PRTR制度）、化審法、EUのRoHS指令やREACH規則など）に従って管理するとともに、安全データシート（SDS）の整備や、顧客の含有化学物質調査（chemSHERPAなど）への回答を行っていますか。',
      'Do you know which chemical substances you use in your processes and which your products contain, manage them according to the law (the PRTR Act, the Chemical Substances Control Law, the EU RoHS Directive and REACH Regulation …), keep safety data sheets (SDS) and answer customers’ chemical-content surveys (e.g. chemSHERPA)?',
    ),
    options: maturity(
      {},
      notApplicable(
        '化学物質を取り扱わず、製品も納入していません',
        'we handle no chemical substances and supply no products',
      ),
    ),
    critical: true,
    level: 'mandatory',
    reference: 'TMG 2.9, NESIC chemical substances',
    guidance: t(
      '使用する化学物質と製品に含まれる化学物質を一覧にし、規制物質の有無と量を把握してください。SDSを入手して作業者に内容を周知し、含有禁止物質が混入しないよう、受入検査や仕入先からの証明書で管理してください。顧客の含有化学物質調査には、chemSHERPAなどの標準様式で回答できるようにしてください。',
      'Keep a list of the chemicals you use and those your products contain, with the regulated substances and quantities. Obtain SDSs and make their content known to workers, and keep prohibited substances out of your products through incoming inspection and supplier declarations. Be ready to answer customers’ chemical-content surveys in standard formats such as chemSHERPA.',
    ),
  },
  {
    id: 'ENV-04',
    theme,
    type: 'single_choice',
    text: t(
      '廃棄物処理法に従い、許可を持つ業者への委託、マニフェストの交付・保存、最終処分までの確認など、廃棄物を適正に処理していますか。',
      'Do you dispose of waste properly under the Waste Management and Public Cleansing Act—using licensed contractors, issuing and keeping manifests, and confirming final disposal?',
    ),
    options: maturity(),
    critical: true,
    level: 'mandatory',
    evidence: 'optional',
    reference: 'TMG 2.9',
    guidance: t(
      '委託先の収集運搬業・処分業の許可証（品目、区域、有効期限）を確認して書面で契約を結び、産業廃棄物管理票（マニフェスト）を交付・保存してください。処分場を定期的に確認し、分別とリサイクルを進めてください。',
      'Check your contractors’ collection, transport and disposal licences (waste types, areas, expiry dates), sign written contracts with them, and issue and keep industrial-waste manifests. Check disposal sites periodically, and sort and recycle your waste.',
    ),
  },
  {
    id: 'ENV-05',
    theme,
    type: 'single_choice',
    text: t(
      '温室効果ガスの排出量を算定し、削減目標を定めていますか。',
      'Do you calculate your greenhouse gas emissions and have a reduction target?',
    ),
    help: t(
      'Scope 1は自社での燃料の使用などによる直接排出、Scope 2は購入した電気・熱の使用による間接排出、Scope 3はサプライチェーンにおけるその他の間接排出です。',
      'Scope 1 covers direct emissions, e.g. from fuel you burn; Scope 2 indirect emissions from the electricity and heat you buy; Scope 3 all other indirect emissions in your value chain.',
    ),
    options: [
      opt(
        'scope3',
        'はい（Scope 1・2・3を算定し、削減目標を定めています）',
        'Yes: Scope 1, 2 and 3 calculated, with a reduction target',
        1,
      ),
      opt(
        'scope12',
        'はい（Scope 1・2を算定し、削減目標を定めています）',
        'Yes: Scope 1 and 2 calculated, with a reduction target',
        0.75,
      ),
      opt(
        'calculated',
        '算定していますが、削減目標はありません',
        'Calculated, but there is no reduction target',
        0.5,
      ),
      opt('no', '算定していません', 'Not calculated', 0),
    ],
    reference: 'TMG 2.1, NESIC climate change',
    guidance: t(
      'まず電気、ガス、燃料の使用量からScope 1・2の排出量を算定してください（環境省の算定ツールや、金融機関・商工会議所の支援サービスを利用できます）。そのうえで基準年と削減目標を定め、毎年実績を確認してください。',
      'Start by calculating Scope 1 and 2 emissions from your electricity, gas and fuel use (free tools from the Ministry of the Environment and support from banks and chambers of commerce are available). Then set a base year and a reduction target, and check progress every year.',
    ),
  },
  {
    id: 'ENV-06',
    theme,
    type: 'multi_choice',
    text: t(
      '温室効果ガスの削減と省エネルギーのために実施しているものをすべて選んでください。',
      'Which of the following do you do to reduce greenhouse gas emissions and energy use? Select all that apply.',
    ),
    options: [
      opt(
        'renewable',
        '再生可能エネルギー由来の電気・熱の使用（証書の活用を含む）',
        'Using electricity or heat from renewable sources (including renewable energy certificates)',
        0.25,
      ),
      opt(
        'efficiency',
        '高効率の設備・照明・空調への更新や、建物の断熱',
        'Upgrading to high-efficiency equipment, lighting and air conditioning, or insulating buildings',
        0.25,
      ),
      opt(
        'energy_management',
        'エネルギー管理システムなどによる使用量の見える化と管理',
        'Monitoring and managing energy use, e.g. with an energy management system',
        0.25,
      ),
      opt(
        'vehicles',
        '電動車などゼロエミッション車の導入や、エコドライブの推進',
        'Zero-emission vehicles or eco-driving',
        0.25,
      ),
      opt(
        'refrigerants',
        'ノンフロン（自然冷媒）機器の導入や、カーボン・オフセットの活用',
        'CFC-free (natural refrigerant) equipment or carbon offsets',
        0.25,
      ),
      opt(
        'low_carbon_materials',
        '環境製品宣言（EPD）などを参考にした、低炭素な原材料・部品・燃料の選定',
        'Choosing low-carbon materials, components and fuels, e.g. using Environmental Product Declarations (EPDs)',
        0.25,
      ),
      noneOfThese(),
    ],
    reference: 'TMG 2.2, TMG 2.3, TMG 2.4, TMG 2.5, NESIC climate change',
    guidance: t(
      '照明のLED化や空調の更新など投資回収の早い省エネ対策から始め、電力契約を再生可能エネルギー由来のメニューに切り替えることを検討してください。社用車の更新時には電動車を選び、エコドライブを推進してください。',
      'Start with energy-saving measures that pay back quickly, such as LED lighting and new air conditioning, and consider switching to a renewable electricity tariff. Choose electric vehicles when replacing company cars, and promote eco-driving.',
    ),
  },
  {
    id: 'ENV-07',
    theme,
    type: 'single_choice',
    text: t(
      '資源を持続可能な形で利用するため、再生材の利用、製品の長寿命化、分解・分別しやすい設計、廃棄物の発生抑制・再使用・再生利用（3R）に取り組んでいますか。',
      'To use resources sustainably, do you use recycled materials, extend product life, design for easy disassembly and sorting, and reduce, reuse and recycle waste (the 3Rs)?',
    ),
    options: maturity(PRACTICE),
    reference: 'TMG 2.6, NESIC recycled materials',
    guidance: t(
      '廃棄物の種類と量を把握して削減目標を定め、再使用・再生利用できるものを分別してください。製品については、再生材の使用、長寿命の設計、分解しやすい構造を設計段階から検討してください。',
      'Measure the types and amounts of waste you produce, set reduction targets and separate what can be reused or recycled. For products, consider recycled content, long life and easy disassembly from the design stage.',
    ),
  },
  {
    id: 'ENV-08',
    theme,
    type: 'single_choice',
    text: t(
      '容器包装や梱包・輸送資材の削減、再生材や植物由来素材の利用、使い捨てプラスチックの削減と代替素材への切替えに取り組んでいますか。',
      'Do you reduce containers, packaging and transport materials, use recycled and plant-based materials, and cut single-use plastics by switching to suitable alternatives?',
    ),
    options: maturity(PRACTICE),
    reference: 'TMG 2.7, TMG 2.8, NESIC plastic labelling',
    guidance: t(
      '過剰な包装や緩衝材を見直し、通い箱など繰り返し使える梱包に切り替えてください。使い捨てプラスチックは不要なものから削減し、再生材、紙、バイオマスプラスチックなど性能を損なわない代替素材を選んでください。プラスチックには材質を表示してください。',
      'Cut excess packaging and cushioning, and switch to returnable containers. Eliminate unnecessary single-use plastics first, choose alternatives that keep performance (recycled material, paper, bio-based plastics), and label the type of plastic used.',
    ),
  },
  {
    id: 'ENV-09',
    theme,
    type: 'single_choice',
    text: t(
      '木材、紙、パーム油、水産物などの森林資源・海洋資源を使用する場合、違法に伐採・採取・養殖されたものでないことを確認していますか（クリーンウッド法に基づく合法性の確認、FSC、PEFC、MSCなどの認証材の利用など）。',
      'Where you use forest or marine resources—timber, paper, palm oil, seafood …—do you confirm that they were not illegally logged, harvested or farmed (e.g. legality checks under the Clean Wood Act, certified materials such as FSC, PEFC or MSC)?',
    ),
    options: maturity(
      {
        yes: [
          'はい（書類や認証で合法性を確認しています）',
          'Yes, legality is confirmed through documents or certification',
        ],
        partly: ['一部の資源についてのみ確認しています', 'For some materials only'],
      },
      notApplicable('森林資源・海洋資源を使用していません', 'we use no forest or marine resources'),
    ),
    critical: true,
    level: 'mandatory',
    evidence: 'optional',
    reference: 'TMG 2.10',
    guidance: t(
      '使用する木材、紙、パーム油、水産物などの品目と調達先を一覧にし、伐採・漁獲された国と合法性を証明する書類（クリーンウッド法に基づく合法性確認の記録、認証書など）を入手してください。合法性を確認できない原材料は使用しないでください。',
      'List the timber, paper, palm oil, seafood and similar materials you use and where they come from, and obtain documents proving origin and legality (Clean Wood Act legality records, certificates …). Do not use any material whose legality cannot be confirmed.',
    ),
  },
  {
    id: 'ENV-10',
    theme,
    type: 'single_choice',
    text: t(
      '絶滅のおそれのある野生動植物（ワシントン条約や種の保存法の対象種）に由来する原材料を使用していないことを確認していますか。',
      'Do you confirm that you use no raw materials derived from endangered species of wild fauna and flora (species listed under CITES or protected by the Act on Conservation of Endangered Species)?',
    ),
    options: maturity(
      {
        yes: [
          'はい（原材料の由来を確認しています）',
          'Yes, we check the origin of our raw materials',
        ],
        partly: ['一部の原材料についてのみ確認しています', 'For some raw materials only'],
      },
      notApplicable(
        '動植物に由来する原材料を使用していません',
        'we use no raw materials of animal or plant origin',
      ),
    ),
    critical: true,
    level: 'mandatory',
    reference: 'TMG 2.11',
    guidance: t(
      '動植物に由来する原材料（木材、皮革、羽毛、生薬の原料など）の種名と原産地を仕入先に確認し、ワシントン条約の附属書や種の保存法の対象種が含まれていないことを記録してください。',
      'Ask suppliers for the species and origin of every raw material of animal or plant origin (timber, leather, feathers, herbal medicine ingredients …), and record that no species listed in the CITES appendices or protected under the Act on Conservation of Endangered Species is included.',
    ),
  },
  {
    id: 'ENV-11',
    theme,
    type: 'single_choice',
    text: t(
      '節水や水の再利用に取り組み、水を大量に使用する拠点については、水不足、水質汚濁、洪水などの水リスクを把握していますか。',
      'Do you save and reuse water, and for sites that use large volumes of water, have you assessed water risks such as shortage, pollution and flooding?',
    ),
    options: maturity(
      PRACTICE,
      notApplicable(
        '飲用や手洗いなど、生活用途以外に水を使用していません',
        'we use water only for everyday purposes such as drinking and washing',
      ),
    ),
    reference: 'TMG 2.12',
    guidance: t(
      '拠点ごとに取水量と排水量を把握して節水目標を定め、水の再利用を進めてください。水を多く使う拠点については、WRI Aqueductなどのツールで水リスクを評価し、対策と情報開示を検討してください。',
      'Measure water withdrawal and discharge at each site, set targets and reuse water where you can. For sites that use a lot of water, assess water risk with tools such as WRI Aqueduct, and plan measures and disclosure.',
    ),
  },

  // ── extended ──────────────────────────────────────────────────────────────────────────
  {
    id: 'ENV-12',
    theme,
    type: 'multi_choice',
    text: t(
      '気候変動への対応について、実施しているものをすべて選んでください。',
      'Which of the following climate actions have you taken? Select all that apply.',
    ),
    options: [
      opt('disclosure', '排出量を公開している', 'We publish our emissions', 0.25),
      opt(
        'target',
        'SBT認定の目標またはネットゼロ目標を設定している',
        'We have a science-based (SBT) or net-zero target',
        0.25,
      ),
      opt(
        'initiatives',
        'CDPなどの国際的なイニシアチブに回答・参加している',
        'We respond to or take part in initiatives such as CDP',
        0.25,
      ),
      opt(
        'suppliers',
        '取引先と協力して排出削減に取り組んでいる',
        'We work with our suppliers to reduce emissions',
        0.25,
      ),
      noneOfThese(),
    ],
    depth: 'extended',
    showIf: { questionId: 'ENV-05', in: EMISSIONS_CALCULATED },
    reference: 'TMG 2.1',
    guidance: t(
      '算定した排出量と削減目標をウェブサイトなどで公開し、科学的根拠に基づく目標（中小企業向けのSBT認定もあります）の設定を検討してください。主要な取引先と排出量データを共有し、共同での削減に取り組んでください。',
      'Publish your emissions and reduction target, e.g. on your website, and consider a science-based target (there is a streamlined SBT route for small companies). Share emissions data with your main suppliers and work with them on reductions.',
    ),
  },
  {
    id: 'ENV-13',
    theme,
    type: 'number',
    text: t(
      '直近の事業年度におけるScope 1・2排出量の合計（t-CO2e）をご記入ください。',
      'What were your combined Scope 1 and 2 emissions in the latest financial year (t-CO2e)?',
    ),
    depth: 'extended',
    showIf: { questionId: 'ENV-05', in: EMISSIONS_CALCULATED },
    reference: 'TMG 2.1',
  },
  {
    id: 'ENV-14',
    theme,
    type: 'single_choice',
    text: t(
      'ライフサイクル全体での温室効果ガス削減に向けて、ライフサイクルアセスメント（LCA）や環境製品宣言（EPD）などを参考に、低炭素な原材料・部品・燃料（低炭素コンクリート、再生鋼材など）を選んでいますか。',
      'To cut greenhouse gas emissions across the life cycle, do you choose low-carbon materials, components and fuels (low-carbon concrete, recycled steel …) using life-cycle assessment (LCA), Environmental Product Declarations (EPDs) or similar information?',
    ),
    options: maturity(PRACTICE),
    depth: 'extended',
    reference: 'TMG 2.4',
    guidance: t(
      '排出量の多い原材料・部品を特定し、仕入先にEPDやカーボンフットプリントの情報を求めてください。性能とコストを確認したうえで、低炭素な代替品を優先して選んでください。',
      'Identify your most emission-intensive materials and components, and ask suppliers for EPDs or carbon footprint data. Where performance and cost allow, give preference to low-carbon alternatives.',
    ),
  },
  {
    id: 'ENV-15',
    theme,
    type: 'single_choice',
    text: t(
      '森林減少・劣化ゼロ（ゼロ・デフォレステーション）を方針に掲げ、認証材（FSC、PEFC、RSPO、MSC、ASCなど）の調達を進めていますか。',
      'Have you committed to zero deforestation and forest degradation, and do you source certified materials (FSC, PEFC, RSPO, MSC, ASC …)?',
    ),
    options: maturity(
      PRACTICE,
      notApplicable('森林資源・海洋資源を使用していません', 'we use no forest or marine resources'),
    ),
    depth: 'extended',
    reference: 'TMG 2.10',
    guidance: t(
      '森林減少ゼロの方針を定め、森林・海洋資源を使う品目について認証材の割合の目標を立ててください。原産地までの追跡が難しい品目は、認証材への切替えを優先してください。',
      'Adopt a zero-deforestation policy and set targets for the share of certified material in the forest and marine products you use. Where tracing back to origin is difficult, switch to certified material first.',
    ),
  },
  {
    id: 'ENV-16',
    theme,
    type: 'single_choice',
    text: t(
      '事業活動や原材料の調達が生物多様性と生態系サービスに与える影響を把握し、希少種の保護や生息地への負荷の低減に取り組んでいますか。',
      'Have you assessed how your operations and sourcing affect biodiversity and ecosystem services, and do you act to protect rare species and reduce pressure on their habitats?',
    ),
    options: maturity(PRACTICE),
    depth: 'extended',
    reference: 'TMG 2.11',
    guidance: t(
      '拠点や原材料の産地が保護地域や生物多様性の重要な地域に近いかを確認し、影響の大きいものから低減策（生息地への配慮、影響の少ない生産方法の採用など）を講じてください。TNFDの枠組みが参考になります。',
      'Check whether your sites or raw-material sources are near protected or biodiversity-rich areas, and reduce the largest impacts first (care for habitats, lower-impact production methods …). The TNFD framework can help.',
    ),
  },
  {
    id: 'ENV-17',
    theme,
    type: 'single_choice',
    text: t(
      'サプライチェーン上で水を大量に取水・使用する拠点のうち、水リスクの高い地域にあるものを特定し、リスクの開示や、流域の関係者との協働に取り組んでいますか。',
      'Among the sites in your supply chain that take or use large volumes of water, have you identified those in high water-risk areas, disclosed the risks and worked with other water users in the basin?',
    ),
    options: maturity(PRACTICE),
    depth: 'extended',
    reference: 'TMG 2.12',
    guidance: t(
      '水を多く使う自社拠点と主要な取引先の拠点をWRI Aqueductなどで評価し、高リスクの拠点について水の管理計画を立ててください。リスクと対応状況を開示し、自治体や地域の利用者と協働してください。',
      'Screen your own and your main suppliers’ water-intensive sites with tools such as WRI Aqueduct, and draw up water management plans for high-risk sites. Disclose the risks and your response, and work with local authorities and other water users.',
    ),
  },
  {
    id: 'ENV-18',
    theme,
    type: 'single_choice',
    text: t(
      '製品の設計段階で環境アセスメント（省エネルギー、長寿命、リサイクルしやすい材料の使用、プラスチックの材質表示など）を実施していますか。',
      'Do you carry out environmental assessments of products at the design stage (energy efficiency, long life, easily recyclable materials, plastic type labelling …)?',
    ),
    options: maturity({}, notApplicable('製品の設計は行っていません', 'we do not design products')),
    depth: 'extended',
    reference: 'TMG 2.6, NESIC product environmental assessment',
    guidance: t(
      '製品の設計審査に環境の評価項目（消費電力、寿命、再生材の使用率、分解のしやすさ、含有化学物質、材質表示）を加え、従来品と比較して改善を確認してください。',
      'Add environmental criteria (power consumption, lifetime, recycled content, ease of disassembly, chemical content, material labelling) to your design reviews, and confirm improvement against the previous model.',
    ),
  },
  {
    id: 'ENV-19',
    theme,
    type: 'single_choice',
    text: t(
      '過去3年間に、環境事故（漏えい、排出基準の超過など）や、近隣からの環境に関する苦情がありましたか。',
      'In the past three years, have you had any environmental incidents (leaks, breaches of emission limits …) or environmental complaints from neighbours?',
    ),
    options: pastIncidents(),
    level: 'mandatory',
    depth: 'extended',
    reference: 'TMG 2.9',
    guidance: t(
      '事故や苦情の原因を調査し、設備の改善や手順の見直しなどの再発防止策を期限を定めて実施してください。行政への報告が必要な場合は速やかに行い、近隣住民に対応状況を説明してください。',
      'Investigate the cause of the incident or complaint and carry out preventive measures—equipment improvements, revised procedures—against set deadlines. Report to the authorities promptly where required, and explain to neighbours what you are doing.',
    ),
  },
  {
    id: 'ENV-20',
    theme,
    type: 'single_choice',
    text: t(
      '貴社自身の購買において、環境負荷の少ない製品・サービスを優先して購入するグリーン購入を行っていますか。',
      'In your own purchasing, do you practise green purchasing—giving priority to products and services with a lower environmental impact?',
    ),
    options: maturity(PRACTICE),
    depth: 'extended',
    reference: 'TMG 2.6, NESIC green procurement',
    guidance: t(
      'グリーン購入の方針と対象品目を定め、エコマークなどの環境ラベルやグリーン購入法の判断の基準を参考に、環境負荷の少ない製品を優先して購入してください。',
      'Adopt a green purchasing policy and list the items it covers, and give priority to lower-impact products using eco-labels such as the Eco Mark and the criteria of Japan’s Green Purchasing Act.',
    ),
  },
];
