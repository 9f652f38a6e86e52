/**
 * Words that mark a figure as an anecdote about one private person. Data only.
 */

/** Personal pronouns and possessives: 他家的门面, 她一个人就管得过来. */
// 我县, 我市, 我们: the publisher's and officials' voice, not a person's.
export const PERSONAL_WORDS = /他们家|她们家|他家|她家|我家|自家|我们家|老伴|[他她](?!们)|我(?![省市县区州镇乡村旗们国])/u;

// 王女士, 刘大爷, 张师傅, 黄伯: a surname with a form of address.
const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段钱汤尹黎易常武乔贺赖龚文';
const ADDRESS = '女士|先生|大爷|大妈|大姐|大哥|阿姨|师傅|老人|奶奶|爷爷|婆婆|伯伯|阿婆|伯|叔|婶';
/** A private person named or addressed: 王女士, 刘大爷, 老李, 村民冯建国, 种粮大户沈建明. */
export const PERSON = new RegExp(
  `[${SURNAMES}]某?(?:${ADDRESS})|老[${SURNAMES}]|(?:村民|居民|农户|户主|市民|群众|大户|种植户|养殖户|经营户|店主|老板|个体户|创业者)[${SURNAMES}][\\p{Script=Han}]{1,2}(?=[说介讲表告，,：:])`,
  'u',
);

/** An age: 今年53岁, 72岁的黄伯. A threshold (60岁以上老年人) counts people, and is no anecdote. */
export const AGE_UNITS: ReadonlySet<string> = new Set(['岁', '周岁']);
export const THRESHOLD_AFTER = /^(?:以上|以下|及以上|及以下|至|到|-|~|左右的老|的老年|以上的)/u;
