/** Free-text fields of the demo data: company profile, contact needs, complaints, plan items. */
import type { Rng } from "./random";
import type { Trend } from "./trends";

const PRODUCTS: Record<string, string[]> = {
  Manufacturing: ["CNC machining centres", "industrial pumps", "conveyor systems"],
  Automotive: ["brake modules", "wiring harnesses", "EV battery housings"],
  Electronics: ["PCB assemblies", "power modules", "sensor chips"],
  Chemicals: ["engineering plastics", "industrial coatings", "specialty solvents"],
  Retail: ["private-label household goods", "consumer electronics", "apparel"],
  Logistics: ["contract warehousing", "cross-border freight", "cold-chain transport"],
  Healthcare: ["diagnostic kits", "generic drugs", "medical consumables"],
  Energy: ["PV modules", "grid storage systems", "wind turbine parts"],
  "Food & Beverage": ["dairy products", "bottled beverages", "frozen foods"],
  Telecom: ["5G base stations", "fibre broadband", "enterprise networks"],
  Construction: ["precast concrete", "steel structures", "facade systems"],
  "Financial Services": ["equipment leasing", "trade finance", "payment processing"],
};

const STRATEGIES = [
  "Consolidate suppliers and move to multi-year framework agreements",
  "Expand capacity in Southeast Asia over the next three years",
  "Shift to premium product lines and digitalise procurement",
  "Cost leadership through automation and lean operations",
  "Localise the supply chain and shorten lead times",
  "Grow exports to Europe and obtain new quality certifications",
  "Build a second production base and double output by 2028",
];

const STATUS: Record<Trend, string[]> = {
  STEADY: ["Stable and profitable; moderate growth", "Solid order book; margins steady"],
  GROWING: ["Growing fast; new plant ramping up", "Strong demand; hiring in sales and engineering"],
  DECLINING: ["Revenue under pressure; cost-cutting programme", "Lost a major customer; volumes falling"],
  QUIET: ["Restructuring; purchasing frozen", "Ownership change under way; orders on hold"],
  NEW: ["Recently won; first orders ramping up", "Trial orders running; qualification in progress"],
};

const BOTTLENECKS = [
  "Limited engineering capacity",
  "Working capital constraints",
  "Dependence on a few large customers",
  "Slow approval of new suppliers",
  "Shortage of skilled labour",
  "Raw material price volatility",
  "Outdated ERP and manual planning",
];

export function accountTexts(rng: Rng, industry: string, trend: Trend) {
  const products = rng.sample(PRODUCTS[industry], 2);
  return {
    strategy: rng.pick(STRATEGIES),
    products: `${products[0]}, ${products[1]}`,
    operatingStatus: rng.pick(STATUS[trend]),
    growthBottleneck: rng.pick(BOTTLENECKS),
  };
}

const EXPLICIT_NEEDS = [
  "Shorter delivery lead time (from 6 to 4 weeks)",
  "Price reduction of 3–5 % on the annual contract",
  "Consignment stock near the plant",
  "Faster technical support response (within 24 h)",
  "Complete quality documentation with every shipment",
  "Monthly consolidated invoicing",
  "A second source for critical components",
  "Training for the maintenance team",
];

const IMPLICIT_NEEDS = [
  "Wants to be seen internally as the one who cut costs",
  "Worried about supply security after last year's shortages",
  "Looking for a partner to support the new product launch",
  "Needs data to justify the supplier choice to the board",
  "Prefers fewer, more reliable suppliers to reduce workload",
  "Wants recognition for sustainability initiatives",
  "Under pressure to digitalise purchasing processes",
  "Seeks career visibility through a successful joint project",
];

export const pickNeeds = (rng: Rng) => ({
  explicitNeeds: rng.pick(EXPLICIT_NEEDS),
  implicitNeeds: rng.chance(0.7) ? rng.pick(IMPLICIT_NEEDS) : null,
});

export const COMPLAINTS = [
  "Late delivery of the last two shipments",
  "Quality defect: batch failed incoming inspection",
  "Invoice amounts did not match the order confirmation",
  "Wrong items delivered; replacement requested",
  "Slow response from technical support",
  "Packaging damaged in transit",
  "Price increase announced without notice",
  "Missing certificates of conformity",
];

export const PLAN_OBJECTIVES: [title: string, tasks: string[]][] = [
  ["Grow share of wallet to 40 %", ["Present the full product range to R&D", "Propose a bundled framework contract", "Quarterly business review with purchasing"]],
  ["Widen the contact network to a diamond", ["Introduce our CFO to their finance director", "Joint workshop between both operations teams", "Invite the plant manager to our factory"]],
  ["Secure the annual framework agreement", ["Prepare price/performance comparison", "Negotiate volume tiers", "Obtain legal sign-off"]],
  ["Resolve open quality issues", ["8D report on the last defect batch", "Weekly call with their quality manager", "Audit of our incoming inspection"]],
  ["Launch joint product development", ["Define the joint project charter", "Assign an application engineer", "Prototype review meeting"]],
  ["Reduce cost to serve", ["Move to consignment stock", "Switch to EDI ordering", "Consolidate deliveries to weekly"]],
];
