/**
 * The vocabulary of reported figures: units (measure words), approximation
 * markers, and the words around a figure that say what it counts. Kept apart
 * from the matcher so the lists can be reviewed and extended in one place.
 */

/** Units and measure words, longest first so 人次 wins over 人 and 平方米 over 米. */
export const UNITS = [
  "个百分点", "平方公里", "平方米", "立方米", "万人次", "人次", "户次", "家次", "场次", "批次", "架次", "辆次", "起次", "趟次", "头次", "件次", "头只", "台套", "课时", "学时",
  "个月", "小时", "分钟", "公里", "千米", "公斤", "千克", "千瓦", "兆瓦", "公顷",
  "%", "‰", "户", "人", "名", "位", "个", "次", "场", "篇", "条", "处", "项", "家", "所", "座", "间", "套", "台",
  "辆", "件", "幅", "节", "门", "期", "批", "支", "只", "头", "亩", "米", "吨", "元", "天", "周", "本", "册",
  "份", "张", "块", "栋", "幢", "组", "队", "类", "种", "部", "首", "棵", "株", "盏", "口", "床", "起", "宗",
  "笔", "轮", "届", "村", "镇", "斤", "单", "例", "片", "层", "台次", "车次", "千瓦时", "美元",
  "眼", "匹", "羽", "尾", "箱", "袋", "盒", "瓶", "双", "套", "架", "艘", "段", "道", "堂", "封", "趟", "卷", "集",
].filter((unit, index, all) => all.indexOf(unit) === index).sort((a, b) => b.length - a.length);

/** Markers printed after the digits (2300余名, 10多个) or after the unit (300个以上). */
export const APPROX_INFIX = ["余", "多", "来"];
export const APPROX_SUFFIX = ["以上", "左右", "上下", "有余"];
/** Markers printed before the figure (近200人, 超3000户). */
export const APPROX_PREFIX = ["超过", "近", "约", "超", "逾"];
/** Bounds that qualify a figure without making it approximate (最快2小时): kept in `raw`, not in `approx`. */
export const QUALIFIER_PREFIX = ["最快", "最短", "最长", "最多", "最少", "至少", "不少于", "不低于", "平均"];

/**
 * Verbs that introduce what a figure counts (开展集中学习活动304次 → 开展…).
 * The counted phrase starts at the first of these before the figure, which cuts
 * off the subject (市、县派各第一书记工作队).
 */
export const COUNTING_VERBS = [
  "开展", "走访", "排查", "召开", "解决", "谋划", "制定", "形成", "覆盖", "上传", "举办", "打造", "开设", "开办",
  "建立", "建成", "建设", "引进", "培育", "培养", "组建", "发现", "处置", "服务", "授课", "统筹", "落实", "办理",
  "入选", "征集", "化解", "调解", "慰问", "救助", "培训", "发放", "投入", "新增", "吸纳", "带动", "受理", "办结",
  "收集", "参与", "惠及", "更新", "指导", "组织", "评选", "表彰", "资助", "筹集", "募集", "捐赠", "吸引",
  "接待", "签约", "招聘", "提供", "完成", "实现", "达成", "整改", "消除", "挽回", "节约", "增加", "减少", "培树",
  "选树", "选派", "选聘", "招募", "发展", "转化", "兑现", "奖励", "安置", "推送",
  "发布", "录制", "制作", "印发", "编印", "设立", "设置", "配备", "聘请", "邀请", "联系", "对接", "签订", "流转",
  "选拔", "回引", "输转", "输出", "巡诊", "义诊", "走访慰问", "结对", "认领", "包联", "开发", "新建", "改造", "开通",
  "代缴", "缴纳",
];

/** Verbs that take another counting verb as complement (组织开展, 指导举办): the second one leads the phrase. */
export const CHAIN_LEADERS = new Set(["组织", "指导", "带动", "帮助", "推动", "协助", "引导", "动员", "先后"]);

/** Leading time phrases and adverbs that are no part of what is counted. */
export const LEADING_NOISE =
  /^(?:\d{1,2}[.．、]|截至目前|截至\d{1,4}年(?:\d{1,2}月)?(?:底|末)?|截至|目前|今年以来|去年以来|近年来|明年|下一步|将|近\S{1,2}年来|\d{4}年(?:以来|来)?|全年|今年|去年|年内|其中|同时|此外|另外|并且|并|还|已经|已|先后|累计|共计|共有|现有|共|合计|总计|一共|全县|全市|全区|全镇|全乡|全村|该(?:街道|社区|[县市区镇乡村]))+/;
/**
 * A change verb with its target marker right before the figure (发展到, 缩短至,
 * 稳定在): the clause before it is the subject, which is what the figure measures.
 */
export const LINKING_TAIL =
  /(?:(?:发展|增加|增长|提高|提升|扩大|减少|下降|上升|壮大|缩短|压缩|降低|降)(?:到|至|为)|(?:稳定|保持|控制|维持)在)$/;

/** Trailing words between the counted phrase and the figure (参与群众达6300人). */
export const TRAILING_NOISE = /(?:全[县市区镇乡村]|全部|的有|分别|可达到|可达|达到|占|保持|增加到|增长到|提高到|提升到|提升至|增至|达|到|至|共计|共|(?<![会统设估审])计|约|为|累计|总计|合计|等|的)+$/;

/** Clause delimiters: a figure's counted phrase never crosses them. */
export const CLAUSE_DELIMITERS = /[，,。；;：:！？!?\n]/;
/** Joiners between figures of one clause (65幅书画作品、31幅摄影作品). */
export const FIGURE_JOINERS = /^[、和及与\s]+|[、\s]+$/g;

/** POS tags that can make up the noun phrase after a figure (32名离退休干部). */
export const NOUN_PHRASE_TAGS = /^(n|nr|ns|nt|nz|ng|nrt|vn|j|b|x|an)$/;
/** POS tags that may modify a following noun but cannot end the phrase. */
export const MODIFIER_TAGS = /^(a|b|f|s|m|r)$/;

/** Units of duration: a duration glued to a noun names a format (15分钟生活圈), it is no statistic. */
export const DURATION_UNITS = new Set(["分钟", "小时", "天", "周", "个月"]);

/**
 * An age bound or range before the counted people (65岁以上老年人, 60周岁及以上老人, 60至79周岁老年人,
 * 3—6岁幼儿): part of what is counted, not a figure of its own.
 */
export const AGE_QUALIFIER = /^(?:\d+|[一二三四五六七八九十]+)(?:\s*(?:至|到|[—–\-－~～])\s*(?:\d+|[一二三四五六七八九十]+))?(?:周)?岁(?:及以上|及以下|以上|以下)?/;

/** Words the tagger calls nouns that close a counted phrase (98所中小学全部开展…). */
export const PHRASE_CLOSERS = new Set(["全部", "所有", "全体", "各自"]);

/**
 * What links a figure to the one before it as that quantity's later value
 * (从不足5万元增长到去年的86万元): a change verb with its target marker, an optional time, 的.
 */
export const CHANGE_LINK = /^(?:发展|增加|增长|提高|提升|扩大|减少|下降|上升|降低|降)?(?:到|至)(?:\d{4}年|去年|今年|上年|目前|现在)?(?:底|末)?的?$/;

/**
 * A clause that names a change and nothing else (同比增长, 分别比上年同期增长, 较去年提高):
 * the change is of the figure printed before it.
 */
export const CHANGE_ONLY =
  /^(?:分别)?(?:同比|环比|(?:比|较)(?:上年|去年|上一年|前年|年初|上年末|去年末|上月)(?:同期)?)?(?:分别)?(?:增长|提高|提升|下降|减少|增加|上升|降低|回落|增幅|降幅)了?(?:幅度)?$/;

/** The starting point of a change after its subject (收入从2018年的不足…, 流失率由1985年的…): the subject is what is counted. */
export const CHANGE_FROM = /[从由](?:\d{4}年|去年|上年|年初|原来|过去|以前|此前|[几两三四五六七八九十\d]+年前)?(?:底|末)?的?(?:不足|近|约|超过|仅)?$/;
