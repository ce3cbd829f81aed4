import { z } from "zod";

export const ZSignIn = z.object({
  email: z.string().trim().toLowerCase().email({ message: "invalidEmail" }),
  password: z.string().min(1, { message: "passwordRequired" }),
});
export type TSignIn = z.infer<typeof ZSignIn>;
