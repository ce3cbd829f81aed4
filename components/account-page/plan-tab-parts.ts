// The plan tab's client components, fetched together when the tab is drawn (plan-tab-lazy.tsx).
export { BusinessReviews } from "@/components/plans/business-reviews";
export { RiskRegister } from "@/components/plans/risk-register";
export { SwotEditor } from "@/components/plans/swot-editor";
export { NewPlanForm } from "./new-plan-form";
export { ObjectiveAdder } from "./objective-adder";
export { PlanObjective } from "./plan-objective";
