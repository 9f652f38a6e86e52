/**
 * The bodies that host the site a page was saved from, as its footer prints them (主办：某区人民政府办公室,
 * 主办单位：…, 某报社主办). A government portal belongs to one place, so an ambiguous name on its page
 * (学院路街道, in three cities) is read in that place's frame — as an outlet's place frames a paper's page.
 */

// The value of a 主办 field runs to the next space, bar or field.
const HOST_FIELD = /(?:主办单位|主办)\s*[:：]\s*(?<host>[^\s\u3000|｜:：]{2,40})/gu;
// 某报社主办 / 某县人民政府办公室主办: the host before the word, at the start of the line or after a space.
const HOST_BEFORE = /(?:^|[\s\u3000|｜])(?<host>[^\s\u3000|｜:：]{2,40}?)主办(?=[\s\u3000|｜]|$)/gmu;

/** Every host a page's text names, in the order printed, each once. */
export function findSiteHosts(text: string): string[] {
  const hosts = new Set<string>();
  for (const pattern of [HOST_FIELD, HOST_BEFORE]) {
    for (const match of text.matchAll(pattern)) {
      const host = match.groups?.host;
      if (host !== undefined) hosts.add(host);
    }
  }
  return [...hosts];
}
