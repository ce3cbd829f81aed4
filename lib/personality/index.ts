/** The people side of a customer contact: personality type with communication guidance, buying role, attitude. */
export {
  ATTITUDES,
  BUYING_ROLES,
  PERSONALITY_GUIDANCE,
  PERSONALITY_TYPES,
  type Attitude,
  type BuyingRole,
  type PersonalityGuidance,
  type PersonalityType,
} from "./personality";
