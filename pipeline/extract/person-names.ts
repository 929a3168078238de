/**
 * What a Chinese personal name looks like in the press: a common surname and
 * one or two given-name characters. Used as a guard on top of the tagger's
 * `nr`, which alone fires on many words (王/nr 新华/nz).
 */
import { HAN_ONLY } from "./text-spans.js";

/**
 * Frequent single-character surnames, minus those that are everyday words in
 * this genre (和, 国, 全, 平, 明, 强, 海, 路 …): a name with such a surname is
 * missed rather than a phrase read as a name.
 */
const SINGLE_SURNAMES =
  "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿焦俞柳祝包宁阮柯纪梅童凌毕单季裴霍涂苗谷盛曲翁冉骆蓝辛靳柴蒙鲍华喻祁蒲房滕屈饶牟艾尤阳穆农司卓古吉缪简项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂佟臧闵苟邬边卞姬仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝官封谈匡鞠惠荆冀郁胥班储栗燕楚鄢劳谌奚皮粟冼蔺楼闻厉伊仝郜阚权帅屠豆朴盖练廉禹井祖漆巴丰卿狄索宣晋扈晁芮阙邸雍辜裘亓邰赫杭况鲜逯隆茹诸慕亢嵇哈湛宾戎勾茅於呼居揭尉冶斯束檀阴昝幸奉植衡尧闭赖傅萧洪阎符甘";
export const COMPOUND_SURNAMES = ["欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "夏侯", "端木", "澹台", "宇文", "长孙", "司徒", "申屠"];

const SINGLE = new Set(SINGLE_SURNAMES);
/** First characters of the compound surnames: most tokens start with none, and skip the list. */
const COMPOUND_FIRST = new Set(COMPOUND_SURNAMES.map((s) => s[0]!));

/** Endings that make a surname-initial word a place or a thing, not a person (张庄, 王村, 高山). */
const NON_PERSON_ENDING = /[村庄镇乡街路湖山河桥港店屯营寨寺院园城区县市省局委站所队厂场馆楼坊湾沟岭峪集堡铺]$/;

/**
 * True for strings shaped like a personal name (2–3 chars, surname first; 3–4 for compound surnames).
 *
 * @example looksLikePersonName("杨焕勇") // true
 * @example looksLikePersonName("张庄") // false
 */
export function looksLikePersonName(candidate: string): boolean {
  // Length and surname first: this runs on every token, and they reject most of them cheaply.
  if (candidate.length < 2 || candidate.length > 4) return false;
  const compound = COMPOUND_FIRST.has(candidate[0]!) && COMPOUND_SURNAMES.some((s) => candidate.startsWith(s));
  if (compound ? candidate.length < 3 : !SINGLE.has(candidate[0]!) || candidate.length > 3) return false;
  return HAN_ONLY.test(candidate) && !NON_PERSON_ENDING.test(candidate);
}

/** Titles and roles that are printed right before a name (县委书记张三, 第一书记李明). */
export const TITLES = [
  "党支部书记", "支部书记", "第一书记", "县委书记", "市委书记", "党委书记", "村支书", "书记", "县长", "市长", "区长",
  "镇长", "乡长", "村主任", "主任", "局长", "部长", "处长", "科长", "所长", "站长", "院长", "校长", "主席", "经理",
  "董事长", "总经理", "负责人", "队长", "组长", "教授", "专家", "医生", "教师", "老师", "老党员", "志愿者", "网格员",
  "民警", "记者", "通讯员", "理事长", "会长", "社长", "司长", "厅长",
  // Deputies are printed as one word (副县长王建华).
  "副县长", "副市长", "副区长", "副镇长", "副乡长", "副书记", "副主任", "副局长", "副部长", "副主席", "副院长", "副校长",
  "副司长", "副厅长", "副处长", "副科长", "副所长", "副站长", "副队长", "副组长", "副经理", "副总经理",
  "常务副县长", "常务副市长", "常务副区长", "指挥长",
  // 县长|助理: the segmenter cuts an assistant's title from whose assistant it is.
  "助理",
].sort((a, b) => b.length - a.length);

/** Titles of a post in a body, printed between the body and the name (县民政局局长王建国, 合作社理事长李强). */
export const POST_TITLES = [
  "书记", "副书记", "局长", "副局长", "主任", "副主任", "部长", "副部长", "处长", "科长", "所长", "站长", "院长", "副院长",
  "校长", "副校长", "主席", "副主席", "经理", "总经理", "董事长", "理事长", "社长", "会长", "队长", "组长", "负责人",
  "司长", "厅长", "副司长", "副厅长", "副处长", "副科长", "副所长", "副站长", "副队长", "副经理", "副总经理", "副董事长",
  "副理事长", "副会长", "副社长", "指挥长", "副指挥长", "常务副指挥长",
];

/** Words printed right after a name that mark it as one (张三同志, 李四说). 等 is handled apart: it needs a list or 等同志/等5人. */
export const NAME_FOLLOWERS = ["同志", "说", "介绍", "表示", "告诉"];
