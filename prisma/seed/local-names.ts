/**
 * The Chinese legal names of the demo's companies in China ("上海华信电子有限公司" for "Shanghai Huaxin
 * Electronics Co., Ltd."), built from the same parts as the English name; companies elsewhere have none.
 */
import type { NameParts, Place } from "./names";

const CITIES: Record<string, string> = {
  Shanghai: "上海", Suzhou: "苏州", Hangzhou: "杭州", Ningbo: "宁波", Nanjing: "南京", Wuxi: "无锡", Hefei: "合肥",
  Xiamen: "厦门", Qingdao: "青岛", Shenzhen: "深圳", Guangzhou: "广州", Dongguan: "东莞", Foshan: "佛山", Zhuhai: "珠海",
  Nanning: "南宁", Haikou: "海口", Beijing: "北京", Tianjin: "天津", Shijiazhuang: "石家庄", Taiyuan: "太原", Jinan: "济南",
  Shenyang: "沈阳", Dalian: "大连", Chengdu: "成都", Chongqing: "重庆", "Xi'an": "西安", Kunming: "昆明", Lanzhou: "兰州",
  Urumqi: "乌鲁木齐",
};

/** The brand's first and second syllable (names.ts CN_SYLLABLES, CN_SYLLABLES_2) as characters. */
const FIRST: Record<string, string> = {
  Hua: "华", Xin: "新", Tian: "天", Jin: "金", Long: "龙", Sheng: "盛", Da: "大", Hong: "宏", Feng: "丰", Kai: "凯",
  Rui: "瑞", Yuan: "远", Bo: "博", Heng: "恒", Tai: "泰", Cheng: "诚", Mei: "美", Guang: "光", Zhong: "中", Yi: "亿",
  Ming: "明", Hai: "海", Xing: "兴", An: "安", Run: "润", Wei: "伟",
};
const SECOND: Record<string, string> = {
  xin: "信", tai: "泰", sheng: "晟", da: "达", feng: "峰", hua: "华", yuan: "源", long: "隆", cheng: "成", rui: "锐",
  kang: "康", tong: "通", li: "力", heng: "恒", hai: "海", yang: "阳", fa: "发", chang: "昌", mao: "茂", ke: "科",
};

const WORDS: Record<string, string> = {
  Machinery: "机械", "Precision Manufacturing": "精密制造", Industrial: "实业", Equipment: "设备",
  "Auto Parts": "汽车零部件", Automotive: "汽车", Motor: "汽车", "Vehicle Systems": "汽车系统",
  Electronics: "电子", Semiconductor: "半导体", Microsystems: "微系统", Optoelectronics: "光电",
  Chemicals: "化工", Materials: "材料", Polymers: "高分子材料", Coatings: "涂料",
  Retail: "零售", Trading: "贸易", "Department Stores": "百货", Commerce: "商贸",
  Logistics: "物流", "Supply Chain": "供应链", Freight: "货运", Shipping: "航运",
  Medical: "医疗", Pharmaceutical: "制药", Healthcare: "健康", "Life Sciences": "生命科学",
  Energy: "能源", Power: "电力", "New Energy": "新能源", Solar: "光伏",
  Foods: "食品", Beverage: "饮料", Dairy: "乳业", "Food Industries": "食品工业",
  Telecom: "电信", Communications: "通信", Networks: "网络", Broadband: "宽带",
  Construction: "建设", Engineering: "工程", "Building Materials": "建材", Infrastructure: "基础设施",
  "Financial Leasing": "融资租赁", Capital: "资本", Insurance: "保险", "Payment Services": "支付服务",
};

function brandInChinese(brand: string): string | null {
  for (const [latin, han] of Object.entries(FIRST)) {
    if (!brand.startsWith(latin)) continue;
    const second = SECOND[brand.slice(latin.length)];
    if (second) return han + second;
  }
  return null;
}

/** "上海华信电子有限公司", a subsidiary "华信电子（苏州）有限公司"; null outside China or for an unknown part. */
export function localCompanyName(place: Place, { brand, word }: NameParts, subsidiary = false): string | null {
  if (!place.city) return null;
  const city = CITIES[place.city];
  const han = brandInChinese(brand);
  const trade = WORDS[word];
  if (!city || !han || !trade) return null;
  return subsidiary ? `${han}${trade}（${city}）有限公司` : `${city}${han}${trade}有限公司`;
}
