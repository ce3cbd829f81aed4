// The activities tab's client components, fetched together when the tab is drawn (activities-tab-lazy.tsx).
export { ActivityQuickForm } from "./activity-quick-form";
export { ComplaintForm } from "./complaint-form";
export { Timeline } from "./timeline";
