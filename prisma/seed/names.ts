/** Realistic name parts for demo companies and people (Chinese-flavoured and Western). */
import type { Rng } from "./random";

export const INDUSTRIES = [
  "Manufacturing", "Automotive", "Electronics", "Chemicals", "Retail", "Logistics",
  "Healthcare", "Energy", "Food & Beverage", "Telecom", "Construction", "Financial Services",
] as const;

/** Words that end a company name in each industry. */
const INDUSTRY_WORDS: Record<string, string[]> = {
  Manufacturing: ["Machinery", "Precision Manufacturing", "Industrial", "Equipment"],
  Automotive: ["Auto Parts", "Automotive", "Motor", "Vehicle Systems"],
  Electronics: ["Electronics", "Semiconductor", "Microsystems", "Optoelectronics"],
  Chemicals: ["Chemicals", "Materials", "Polymers", "Coatings"],
  Retail: ["Retail", "Trading", "Department Stores", "Commerce"],
  Logistics: ["Logistics", "Supply Chain", "Freight", "Shipping"],
  Healthcare: ["Medical", "Pharmaceutical", "Healthcare", "Life Sciences"],
  Energy: ["Energy", "Power", "New Energy", "Solar"],
  "Food & Beverage": ["Foods", "Beverage", "Dairy", "Food Industries"],
  Telecom: ["Telecom", "Communications", "Networks", "Broadband"],
  Construction: ["Construction", "Engineering", "Building Materials", "Infrastructure"],
  "Financial Services": ["Financial Leasing", "Capital", "Insurance", "Payment Services"],
};

type Region = { name: string; weight: number; countries: { name: string; cities: string[]; suffix: string[] }[] };

export const REGIONS: Region[] = [
  { name: "East China", weight: 26, countries: [{ name: "China", suffix: ["Co., Ltd."],
    cities: ["Shanghai", "Suzhou", "Hangzhou", "Ningbo", "Nanjing", "Wuxi", "Hefei", "Xiamen", "Qingdao"] }] },
  { name: "South China", weight: 15, countries: [{ name: "China", suffix: ["Co., Ltd."],
    cities: ["Shenzhen", "Guangzhou", "Dongguan", "Foshan", "Zhuhai", "Nanning", "Haikou"] }] },
  { name: "North China", weight: 12, countries: [{ name: "China", suffix: ["Co., Ltd."],
    cities: ["Beijing", "Tianjin", "Shijiazhuang", "Taiyuan", "Jinan", "Shenyang", "Dalian"] }] },
  { name: "West China", weight: 8, countries: [{ name: "China", suffix: ["Co., Ltd."],
    cities: ["Chengdu", "Chongqing", "Xi'an", "Kunming", "Lanzhou", "Urumqi"] }] },
  { name: "Europe", weight: 18, countries: [
    { name: "Germany", suffix: ["GmbH", "AG"], cities: [] },
    { name: "Sweden", suffix: ["AB"], cities: [] },
    { name: "Norway", suffix: ["AS"], cities: [] },
    { name: "Denmark", suffix: ["A/S"], cities: [] },
    { name: "Netherlands", suffix: ["B.V."], cities: [] },
    { name: "France", suffix: ["S.A.", "SAS"], cities: [] },
    { name: "Italy", suffix: ["S.p.A.", "S.r.l."], cities: [] },
    { name: "United Kingdom", suffix: ["Ltd", "plc"], cities: [] },
    { name: "Poland", suffix: ["Sp. z o.o."], cities: [] },
  ] },
  { name: "North America", weight: 12, countries: [
    { name: "United States", suffix: ["Inc.", "Corp.", "LLC"], cities: [] },
    { name: "Canada", suffix: ["Inc.", "Ltd."], cities: [] },
    { name: "Mexico", suffix: ["S.A. de C.V."], cities: [] },
  ] },
  { name: "Southeast Asia", weight: 9, countries: [
    { name: "Singapore", suffix: ["Pte. Ltd."], cities: [] },
    { name: "Malaysia", suffix: ["Sdn. Bhd."], cities: [] },
    { name: "Thailand", suffix: ["Co., Ltd."], cities: [] },
    { name: "Vietnam", suffix: ["JSC", "Co., Ltd."], cities: [] },
    { name: "Indonesia", suffix: ["PT Tbk"], cities: [] },
  ] },
];

export const CHINA_REGIONS = new Set(["East China", "South China", "North China", "West China"]);

const CN_SYLLABLES = ["Hua", "Xin", "Tian", "Jin", "Long", "Sheng", "Da", "Hong", "Feng", "Kai", "Rui", "Yuan",
  "Bo", "Heng", "Tai", "Cheng", "Mei", "Guang", "Zhong", "Yi", "Ming", "Hai", "Xing", "An", "Run", "Wei"];
const CN_SYLLABLES_2 = ["xin", "tai", "sheng", "da", "feng", "hua", "yuan", "long", "cheng", "rui", "kang", "tong",
  "li", "heng", "hai", "yang", "fa", "chang", "mao", "ke"];
const WEST_BRANDS = ["Nordic", "Alpine", "Rhein", "Baltic", "Vanguard", "Hansa", "Meridian", "Lindqvist", "Keller",
  "Fontaine", "Atlas", "Summit", "Pioneer", "Crestline", "Bergmann", "Halvorsen", "Delta", "Orion", "Brightwater",
  "Ironbridge", "Castell", "Vesta", "Borealis", "Granite", "Norrland", "Lakeside", "Westfield", "Sterling", "Aurora",
  "Novus", "Riviera", "Falcon", "Kestrel", "Redwood", "Bluepeak", "Evergreen", "Harbor", "Carlsen", "Moreau", "Rossi"];
const SEA_BRANDS = ["Merlion", "Siam", "Mekong", "Nusantara", "Straits", "Lotus", "Golden Palm", "Borneo", "Java",
  "Saigon", "Andaman", "Malacca", "Orchid", "Sunda", "Temasek", "Emerald"];

export type Place = { region: string; country: string; city?: string; suffix: string };

export function pickPlace(rng: Rng): Place {
  const region = rng.weighted(REGIONS.map((r) => [r, r.weight] as const));
  const country = rng.pick(region.countries);
  const city = country.cities.length ? rng.pick(country.cities) : undefined;
  return { region: region.name, country: country.name, city, suffix: rng.pick(country.suffix) };
}

/** A brand that fits the place: "Huaxin" in China, "Nordic" in Europe, "Merlion" in Southeast Asia. */
export function brandFor(rng: Rng, place: Place): string {
  if (place.city) return rng.pick(CN_SYLLABLES) + rng.pick(CN_SYLLABLES_2);
  if (place.region === "Southeast Asia" && rng.chance(0.6)) return rng.pick(SEA_BRANDS);
  return rng.pick(WEST_BRANDS);
}

export type NameParts = { brand: string; word: string };

export const nameParts = (rng: Rng, place: Place, industry: string): NameParts => ({
  brand: brandFor(rng, place),
  word: rng.pick(INDUSTRY_WORDS[industry]),
});

/**
 * "Shanghai Huaxin Electronics Co., Ltd." / "Nordic Steelworks AB" style names; a group subsidiary in China
 * carries its city in brackets ("Huaxin Electronics (Suzhou) Co., Ltd."), abroad its country.
 */
export function companyName(place: Place, { brand, word }: NameParts, subsidiary = false): string {
  if (place.city) {
    return subsidiary ? `${brand} ${word} (${place.city}) ${place.suffix}` : `${place.city} ${brand} ${word} ${place.suffix}`;
  }
  const name = subsidiary ? `${brand} ${word} ${place.country}` : `${brand} ${word}`;
  return place.suffix === "PT Tbk" ? `PT ${name} Tbk` : `${name} ${place.suffix}`;
}

const CN_SURNAMES = ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma",
  "Zhu", "Hu", "Guo", "He", "Lin", "Gao", "Luo", "Zheng", "Liang", "Song", "Tang", "Han", "Feng", "Deng", "Cao"];
const CN_GIVEN = ["Wei", "Fang", "Na", "Min", "Jing", "Lei", "Yang", "Jun", "Yan", "Tao", "Ming", "Hui", "Xiaoling",
  "Jianguo", "Haitao", "Yuting", "Zhiqiang", "Lihua", "Xin", "Chen", "Qiang", "Li", "Ping", "Gang", "Xiaoming",
  "Yufei", "Jiayi", "Hao", "Rui", "Dan", "Lan", "Bo", "Kai", "Shuang", "Ying", "Wenjie", "Zihan", "Mengyao"];
const WEST_FIRST = ["Anna", "Lars", "Sophie", "Thomas", "Emma", "Jonas", "Laura", "Michael", "Sarah", "David",
  "Elena", "Marco", "Claire", "Peter", "Ingrid", "Henrik", "Julia", "Daniel", "Olivia", "James", "Lucas", "Marie",
  "Erik", "Chloe", "Robert", "Hannah", "Matteo", "Sofia", "Pierre", "Karin", "Jennifer", "Mark", "Linda", "Paul"];
const WEST_LAST = ["Müller", "Schmidt", "Andersson", "Johansson", "Nielsen", "Hansen", "Dubois", "Martin", "Rossi",
  "Bianchi", "Smith", "Johnson", "Brown", "Taylor", "Wilson", "de Vries", "Jansen", "Kowalski", "Nowak", "Fischer",
  "Weber", "Larsen", "Berg", "Lefebvre", "Moreau", "Conti", "Walker", "Miller", "Davis", "Clarke", "Novak", "Lindgren"];
const SEA_FIRST = ["Wei Ling", "Siti", "Nguyen Van", "Somchai", "Putri", "Arjun", "Mei Ling", "Budi", "Tran Thi",
  "Kittipong", "Aisyah", "Rajesh", "Hui Min", "Dewi", "Anh"];
const SEA_LAST = ["Tan", "Lim", "Rahman", "Anh", "Srisuk", "Wijaya", "Lee", "Ng", "Hoang", "Pratama", "Wong", "Goh"];

/** A person's name that fits the region of the company. */
export function personName(rng: Rng, region: string): string {
  if (CHINA_REGIONS.has(region) || (region !== "Southeast Asia" && rng.chance(0.05))) {
    return `${rng.pick(CN_SURNAMES)} ${rng.pick(CN_GIVEN)}`;
  }
  if (region === "Southeast Asia") return `${rng.pick(SEA_FIRST)} ${rng.pick(SEA_LAST)}`;
  return `${rng.pick(WEST_FIRST)} ${rng.pick(WEST_LAST)}`;
}

/** "huaxin-electronics.example" style domain; `.example` keeps demo mail addresses undeliverable. */
export function domainOf(companyName: string): string {
  const words = companyName.normalize("NFD").replace(/[^\p{L}\p{N} ]/gu, "").toLowerCase().split(" ");
  return `${words.filter((w) => w.length > 1).slice(0, 3).join("-")}.example`;
}

export function emailFor(name: string, domain: string): string {
  const local = name.normalize("NFD").replace(/[^a-zA-Z ]/g, "").toLowerCase().trim().replace(/\s+/g, ".");
  return `${local}@${domain}`;
}
