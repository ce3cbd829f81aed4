import type { PersonChoice } from "@/lib/users/choices";
import type { PeopleAmong } from "@/lib/users/schemas";
import { PersonPicker, type Choice } from "./person-picker";

/**
 * A list's owner filter: the fixed choices ("All owners", "Mine") and any owner found by name. `value` is the
 * filter as the URL holds it; `person` is the owner it names (looked up by the page), null for a fixed choice.
 */
export function OwnerFilter({ id, value, person, fixed, among = "owners", submitOnChoose, className }: {
  id: string;
  value: string | undefined;
  person: PersonChoice | null;
  fixed: readonly Choice[];
  among?: PeopleAmong;
  submitOnChoose?: boolean;
  className?: string;
}) {
  const start = fixed.find((choice) => choice.value === (value ?? "")) ?? (person && person.id === value ? { value: person.id, label: person.name } : null);
  return <PersonPicker id={id} name="owner" among={among} initial={start} fixed={fixed} submitOnChoose={submitOnChoose} className={className} />;
}
