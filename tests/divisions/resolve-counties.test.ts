import { describe, expect, it } from "vitest";
import { resolveArticleCounties } from "../../pipeline/divisions/resolve-counties.js";
import { makeArticle, makePage, samplePageArticles } from "../extract/make-article.js";

describe("resolveArticleCounties", () => {
  it("resolves the seven sample articles to their counties in 济宁市, 山东省", () => {
    const articles = samplePageArticles();
    const { counties, diagnostics } = resolveArticleCounties(articles);
    const resolved = articles.map((a) => counties.get(a.key));
    expect(resolved.map((d) => d?.name)).toEqual(["嘉祥县", "金乡县", "梁山县", "微山县", "汶上县", "泗水县", "邹城市"]);
    for (const division of resolved) {
      expect(division).toMatchObject({ kind: "County", city: { name: "济宁市", code: "3708" }, province: { name: "山东省", code: "37" } });
    }
    expect(resolved[0]!.code).toBe("370829");
    expect(diagnostics).toEqual([]);
  });

  it("resolves a dateline short name with page-mates pointing to its prefecture", () => {
    const page = makePage("p.txt", [
      { place: "嘉祥", text: "活动开展以来，全县走访群众3000户。" },
      { place: "鱼台", text: "鱼台县推进稻改工程。" },
      { place: "曲阜", text: "曲阜市打造文化两创示范区。" },
    ]);
    const { counties } = resolveArticleCounties(page);
    expect(counties.get(page[0]!.key)).toMatchObject({ name: "嘉祥县", code: "370829", city: { code: "3708" } });
  });

  describe("朝阳, a short name of four units", () => {
    const lone = makeArticle({ place: "朝阳", text: "近年来，当地深化街巷治理。", source: "lone.txt" });

    it("stays unresolved without context and says why", () => {
      const { counties, diagnostics } = resolveArticleCounties([lone]);
      expect(counties.get(lone.key)).toBeUndefined();
      expect(diagnostics).toEqual([expect.objectContaining({ code: "ambiguous-county", severity: "warning", source: "lone.txt#0" })]);
    });

    it("is 北京市朝阳区 on a Beijing page", () => {
      const page = makePage("beijing.txt", [
        { place: "朝阳", text: "近年来，当地深化街巷治理。" },
        { place: "海淀", text: "海淀区推进接诉即办。" },
        { place: "丰台", text: "丰台区开展老旧小区改造。" },
      ]);
      const division = resolveArticleCounties(page).counties.get(page[0]!.key);
      expect(division).toEqual({ kind: "County", name: "北京市朝阳区", code: "110105", province: { name: "北京市", code: "11" } });
    });

    it("is 辽宁省朝阳市 on a page of that prefecture, 朝阳县 when the body names it", () => {
      const page = makePage("liaoning.txt", [
        { place: "朝阳", text: "近年来，当地深化街巷治理。" },
        { place: "北票", text: "北票市发展设施农业。" },
        { place: "凌源", text: "凌源市推进全域旅游。" },
        { place: "朝阳", text: "朝阳县实施乡村建设行动。" },
      ]);
      const { counties } = resolveArticleCounties(page);
      expect(counties.get(page[0]!.key)).toMatchObject({ kind: "City", name: "朝阳市", code: "2113", province: { code: "21" } });
      expect(counties.get(page[3]!.key)).toMatchObject({ kind: "County", name: "朝阳县", code: "211321" });
    });
  });

  it("reads the county from the body when the dateline names none", () => {
    const article = makeArticle({ text: "今年以来，费县、平邑县……平邑县推行“党建+合作社”模式。" });
    expect(resolveArticleCounties([article]).counties.get(article.key)?.name).toBe("平邑县");
  });

  it("reads no county from an everyday word between two bodies (县民政局会同县财政局), however often it is printed", () => {
    const article = makeArticle({
      text: "台江县民政局会同县财政局发放补贴。县人社局会同县医保局开展核查，县卫健局会同县残联入户走访。",
    });
    expect(resolveArticleCounties([article]).counties.get(article.key)?.name).toBe("台江县");
    // After a word that only comes before a verb (并, 要, 还): 并会同县教育局开展…
    const afterAdverb = makeArticle({ text: "凤冈县财政局拨付资金，并会同县教育局开展评价。县民政局要会同县残联入户。" });
    expect(resolveArticleCounties([afterAdverb]).counties.get(afterAdverb.key)?.name).toBe("凤冈县");
  });

  it("gives a city for a city-level dateline", () => {
    const article = makeArticle({ place: "临沂", text: "全市推进营商环境改革。" });
    expect(resolveArticleCounties([article]).counties.get(article.key)).toMatchObject({ kind: "City", name: "临沂市", code: "3713" });
  });

  describe("a county story filed from a city (新华社福州…电 on 长汀县)", () => {
    it("reports on the county the body names most, twice or more", () => {
      const article = makeArticle({ place: "西宁", text: "贵德县推进牧区饮水安全工程。目前，贵德县已建成集中供水点36处。" });
      expect(resolveArticleCounties([article]).counties.get(article.key)).toMatchObject({ kind: "County", name: "贵德县" });
    });

    it("reports on a county named once when the headline leads with it, after its province", () => {
      const article = makeArticle({ place: "福州", title: "福建长汀：荒山变绿洲", text: "近年来，长汀县持续治理水土流失。" });
      expect(resolveArticleCounties([article]).counties.get(article.key)).toMatchObject({ kind: "County", name: "长汀县" });
    });

    it("reports on the body's county or city when an agency filed from a city (新华社成都…电), and on the city when the body names none", () => {
      const agency = (text: string) => {
        const article = makeArticle({ place: "成都", text });
        return { ...article, dateline: { ...article.dateline!, raw: "新华社成都11月20日电", agency: true } };
      };
      const onCounty = agency("四川省凉山彝族自治州昭觉县持续推进“一村一幼”计划。");
      const onNothing = agency("全省推进学前教育普及。");
      const { counties } = resolveArticleCounties([onCounty, onNothing]);
      expect(counties.get(onCounty.key)).toMatchObject({ kind: "County", name: "昭觉县" });
      expect(counties.get(onNothing.key)).toMatchObject({ kind: "City", name: "成都市" });
      // A paper's own dateline names the place it reports on: one mention of a county does not outweigh it.
      const own = makeArticle({ place: "成都", text: "四川省凉山彝族自治州昭觉县持续推进“一村一幼”计划。" });
      expect(resolveArticleCounties([own]).counties.get(own.key)).toMatchObject({ kind: "City", name: "成都市" });
    });

    it("stays with the city that names itself, speaks as itself, or names no county often enough", () => {
      const texts = [
        "临沂市推进营商环境改革。兰陵县、兰陵县先行先试。",
        "全市推进营商环境改革，兰陵县、兰陵县先行先试。",
        "当地推进营商环境改革，兰陵县先行先试。",
        "当地推进营商环境改革，兰陵县、费县、兰陵县、费县先行先试。",
      ];
      for (const text of texts) {
        const article = makeArticle({ place: "临沂", text });
        expect(resolveArticleCounties([article]).counties.get(article.key), text).toMatchObject({ kind: "City", name: "临沂市" });
      }
    });
  });

  it("gives the municipality for a dateline naming one", () => {
    const article = makeArticle({ place: "上海", text: "全市推进一网通办。" });
    expect(resolveArticleCounties([article]).counties.get(article.key)).toEqual({
      kind: "Province",
      name: "上海市",
      code: "31",
      province: { name: "上海市", code: "31" },
    });
  });

  it("reports places that are no division", () => {
    const article = makeArticle({ place: "北京路", text: "社区开展志愿服务。", source: "x.txt" });
    const { counties, diagnostics } = resolveArticleCounties([article]);
    expect(counties.get(article.key)).toBeUndefined();
    expect(diagnostics.map((d) => d.code)).toEqual(["unknown-place"]);
  });

  it("does not take a common-word short name without context", () => {
    const article = makeArticle({ place: "新华", text: "社区开展志愿服务。", source: "y.txt" });
    const { counties, diagnostics } = resolveArticleCounties([article]);
    expect(counties.get(article.key)).toBeUndefined();
    expect(diagnostics).toHaveLength(1);
  });
});

describe("resolveArticleCounties without a dateline", () => {
  it("takes the city when a city-level report names it more than any county", () => {
    const article = makeArticle({ text: "日照市召开推进会。日照市各区县汇报进展，五莲县作典型发言。日照市将持续推进。" });
    expect(resolveArticleCounties([article]).counties.get(article.key)).toMatchObject({ kind: "City", name: "日照市" });
  });

  it("takes the city for a round-up of its counties (我市 … 在A县 … 在B县 … 在C县)", () => {
    const text = [
      "今年以来，我市各县区发展庭院经济。",
      "在平邑县，当地推行特色种植模式，带动农户2300余户。",
      "在费县，县妇联实施巧手工程，组织农村妇女860名。",
      "在蒙阴县，当地依托蜜桃品牌发展庭院种植，带动脱贫户420户。蒙阴县还建成直播基地3个。",
    ].join("");
    const article = makeArticle({ text });
    expect(resolveArticleCounties([article]).counties.get(article.key)).toMatchObject({ kind: "City", name: "临沂市" });
  });

  it("takes the province for its paper's report that names some of its counties, none more than another", () => {
    const text = "记者从省民政厅获悉，今年全省农村低保平均标准提高到每人每年6200元。其中，隆化县、丰宁满族自治县等县率先提高标准。";
    const article = makeArticle({ text });
    expect(resolveArticleCounties([article]).counties.get(article.key)).toMatchObject({ kind: "Province", name: "河北省" });
    // A county's own report that mentions 全省 and a neighbour stays the county's.
    const own = makeArticle({ text: "隆化县被评为全省民政工作先进县，与丰宁满族自治县一同受表彰。隆化县今年新建养老服务站12个。" });
    expect(resolveArticleCounties([own]).counties.get(own.key)).toMatchObject({ kind: "County", name: "隆化县" });
  });

  it("keeps a county-level city's own report (我市) that names a neighbour or two", () => {
    const article = makeArticle({ text: "今年以来，我市与曲阜市、泗水县共建文旅线路。邹城市新增游客12万人次。邹城市还推出研学产品。" });
    expect(resolveArticleCounties([article]).counties.get(article.key)).toMatchObject({ kind: "County", name: "邹城市" });
  });

  it("falls back to the county a headline opens with, disambiguated by page-mates", () => {
    const page = [
      makeArticle({ title: "莒县：推行“乡村振兴合伙人”", text: "近年来，当地探索新路。", source: "rizhao.txt", index: 0 }),
      makeArticle({ title: "五莲推进茶旅融合", text: "五莲县打造茶产业带。", source: "rizhao.txt", index: 1 }),
      makeArticle({ title: "东港：网格治理见实效", text: "近年来，当地深化网格治理。", source: "rizhao.txt", index: 2 }),
    ];
    const { counties } = resolveArticleCounties(page);
    expect(counties.get(page[0]!.key)).toMatchObject({ name: "莒县", code: "371122" });
    // 东港 is 东港区 (日照) and 东港市 (丹东): the page decides.
    expect(counties.get(page[2]!.key)).toMatchObject({ name: "东港区", city: { name: "日照市" } });
  });
});

describe("resolveArticleCounties from a feature's subtitle", () => {
  it("prefers a county the headline opens with in full over one printed once whose short name is an everyday word (…。会同县残联…)", () => {
    const article = makeArticle({ title: "城步苗族自治县民政局2024年工作总结", text: "我局发放救助金420万元。会同县残联发放残疾人补贴360万元。" });
    expect(resolveArticleCounties([article]).counties.get(article.key)).toMatchObject({ name: "城步苗族自治县" });
    // A county the body names twice is the report's, whatever its headline.
    const twice = makeArticle({ title: "城步苗族自治县民政局2024年工作总结", text: "会同县民政局发放救助金。会同县残联发放补贴。" });
    expect(resolveArticleCounties([twice]).counties.get(twice.key)).toMatchObject({ name: "会同县" });
    // Printed no more often than the headline's county, which the body names too (a notice's signatures), it gives way.
    const signed = makeArticle({
      title: "城步苗族自治县教育局 城步苗族自治县财政局 关于做好学生资助工作的通知",
      text: "县财政局将会同县教育局开展督查，会同县慈善会筹集资金。\n城步苗族自治县教育局 城步苗族自治县财政局",
    });
    expect(resolveArticleCounties([signed]).counties.get(signed.key)).toMatchObject({ name: "城步苗族自治县" });
  });

  it("takes a county the headline names in full after its opening, when the body names none", () => {
    const article = makeArticle({ title: "山沟里飞出“金凤凰” ——记剑河县南哨镇返乡创业青年", text: "走进村里的刺绣工坊，绣娘们正忙着赶制订单。" });
    expect(resolveArticleCounties([article]).counties.get(article.key)).toMatchObject({ name: "剑河县", city: { name: "黔东南苗族侗族自治州" } });
  });

  it("does not take a short name inside a headline for a county", () => {
    const article = makeArticle({ title: "一位乡村教师的坚守 ——记大山深处的讲台", text: "他在村小教书三十年。" });
    expect(resolveArticleCounties([article]).counties.get(article.key)).toBeUndefined();
  });
});

describe("resolveArticleCounties for a county's news-in-brief column", () => {
  it("gives an item naming no place its page-mates' county, and reads no county from a township the headline opens with (永宁镇)", () => {
    const page = [
      makeArticle({ title: "闽清简讯 白樟镇开展茶园管护培训", text: "近日，白樟镇组织茶农开展培训。", source: "briefs.txt", index: 0 }),
      makeArticle({ title: "县人社局举办春季招聘会", text: "日前，县人社局举办专场招聘会。", source: "briefs.txt", index: 1 }),
      makeArticle({ title: "永宁镇推行“积分超市”", text: "永宁镇在辖区各村推行“积分超市”。", source: "briefs.txt", index: 2 }),
    ];
    const { counties, diagnostics } = resolveArticleCounties(page);
    expect(page.map((article) => counties.get(article.key)?.name)).toEqual(["闽清县", "闽清县", "闽清县"]);
    expect(diagnostics).toEqual([]);
  });

  it("leaves an item unresolved, with its reason, when its page-mates report on different counties", () => {
    const page = makePage("mixed.txt", [
      { place: "嘉祥", text: "嘉祥县推进稻改工程。" },
      { place: "鱼台", text: "鱼台县推进稻改工程。" },
      { text: "日前，县人社局举办专场招聘会。" },
    ]);
    const { counties, diagnostics } = resolveArticleCounties(page);
    expect(counties.get(page[2]!.key)).toBeUndefined();
    expect(diagnostics).toEqual([expect.objectContaining({ code: "no-county", source: "mixed.txt#2" })]);
  });
});

describe("resolveArticleCounties from a web article's source line", () => {
  const webArticle = (raw: string, text: string) => ({
    ...makeArticle({ title: "我县推进农村供水提升工程", text }),
    layout: "web" as const,
    dateline: { raw, reporters: [] },
  });

  it("takes the county a source line names in full when the body and headline name none", () => {
    const article = webArticle("来源：武功县融媒体中心 作者：张敏", "今年以来，我县新建供水管网320公里。");
    expect(resolveArticleCounties([article]).counties.get(article.key)).toMatchObject({ name: "武功县", city: { name: "咸阳市" } });
  });

  it("reads a source line printed in traditional characters", () => {
    const article = webArticle("來源：武功縣融媒體中心", "今年以来，我县新建供水管网320公里。");
    expect(resolveArticleCounties([article]).counties.get(article.key)).toMatchObject({ name: "武功县" });
  });

  it("does not take a paper's city from the source line, and lets the body win", () => {
    const paper = webArticle("来源：上饶日报", "今年以来，我县新建供水管网320公里。");
    const { counties, diagnostics } = resolveArticleCounties([paper]);
    expect(counties.get(paper.key)).toBeUndefined();
    expect(diagnostics.map((d) => d.code)).toEqual(["no-county"]);
    const body = webArticle("来源：武功县融媒体中心", "今年以来，乾县新建供水管网320公里。");
    expect(resolveArticleCounties([body]).counties.get(body.key)).toMatchObject({ name: "乾县" });
  });

  it("takes the county the site a page opens with names, when its source line and body name none", () => {
    const township = { ...webArticle("来源：三井镇人民政府", "今年以来，三井镇新建杂粮加工车间2个。"), site: "岢岚县人民政府网" };
    expect(resolveArticleCounties([township]).counties.get(township.key)).toMatchObject({ name: "岢岚县", city: { name: "忻州市" } });
  });

  it("takes the county a county paper's masthead names by its short name (今日嘉善), not a city paper's (吉安日报, though 吉安县 shares the name)", () => {
    const county = { ...makeArticle({ text: "今年以来，我县新建供水管网320公里。" }), site: "今日嘉善" };
    expect(resolveArticleCounties([county]).counties.get(county.key)).toMatchObject({ name: "嘉善县" });
    const city = { ...makeArticle({ text: "今年以来，我县新建供水管网320公里。" }), site: "吉安日报" };
    expect(resolveArticleCounties([city]).counties.get(city.key)).toBeUndefined();
  });

  it("takes the county a county-level city's bulletin names in its masthead (海伦市政务信息 第38期)", () => {
    const item = { ...makeArticle({ text: "市民政局近日为低保对象发放取暖补贴512万元。" }), site: "海伦市政务信息 第38期" };
    expect(resolveArticleCounties([item]).counties.get(item.key)).toMatchObject({ name: "海伦市" });
  });
});

describe("resolveArticleCounties with the file path as last context", () => {
  it("takes the prefecture a folder names in full when the page does not decide", () => {
    const text = "市中区开展助残帮扶行动，走访残疾人家庭。";
    const filed = makeArticle({ text, source: "corpus/四川省/乐山市/web-0512.txt" });
    const loose = makeArticle({ text, source: "corpus/web-0512.txt" });
    expect(resolveArticleCounties([filed]).counties.get(filed.key)).toMatchObject({ name: "乐山市市中区", code: "511102" });
    const { counties, diagnostics } = resolveArticleCounties([loose]);
    expect(counties.get(loose.key)).toBeUndefined();
    expect(diagnostics).toEqual([expect.objectContaining({ code: "ambiguous-county", message: expect.stringContaining("file path") })]);
  });

  it("narrows by a province folder, and reads Windows separators", () => {
    const article = makeArticle({ text: "市中区开展助残帮扶行动。", source: "D:\\报纸\\山东省\\枣庄日报\\0512.txt" });
    const { counties, diagnostics } = resolveArticleCounties([article]);
    // 山东省 keeps 济南 and 枣庄's 市中区; the short name in 枣庄日报 is not read.
    expect(counties.get(article.key)).toBeUndefined();
    expect(diagnostics[0]?.message).toMatch(/370103.*370402/);
    expect(diagnostics[0]?.message).not.toMatch(/511002|511102/);
  });

  it("gives a short-name dateline the city its folder names", () => {
    const article = makeArticle({ place: "朝阳", text: "近年来，当地深化街巷治理。", source: "辽宁省/朝阳市/0512.txt" });
    expect(resolveArticleCounties([article]).counties.get(article.key)).toMatchObject({ kind: "City", name: "朝阳市", code: "2113" });
  });

  it("takes the county a folder names for a report that only says 我县, and a city folder only for 我市", () => {
    const county = makeArticle({ text: "今年以来，我县深入开展助企活动。", source: "河南省/信阳市/固始县/0508.txt" });
    expect(resolveArticleCounties([county]).counties.get(county.key)).toMatchObject({ kind: "County", name: "固始县" });
    const city = makeArticle({ text: "今年以来，我市深入开展助企活动。", source: "河南省/信阳市/0508.txt" });
    expect(resolveArticleCounties([city]).counties.get(city.key)).toMatchObject({ kind: "City", name: "信阳市" });
    const unknown = makeArticle({ text: "今年以来，我县深入开展助企活动。", source: "河南省/信阳市/0509.txt" });
    const { counties, diagnostics } = resolveArticleCounties([unknown]);
    expect(counties.get(unknown.key)).toBeUndefined();
    expect(diagnostics.map((d) => d.code)).toEqual(["no-county"]);
  });

  it("lets what the page prints outvote the folder", () => {
    const page = makePage("辽宁省/朝阳市/beijing.txt", [
      { place: "朝阳", text: "近年来，当地深化街巷治理。" },
      { place: "海淀", text: "海淀区推进接诉即办。" },
      { place: "丰台", text: "丰台区开展老旧小区改造。" },
    ]);
    expect(resolveArticleCounties(page).counties.get(page[0]!.key)).toMatchObject({ name: "北京市朝阳区", code: "110105" });
  });
});
