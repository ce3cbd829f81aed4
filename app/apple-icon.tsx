import { ImageResponse } from "next/og";
import { AppIconImage } from "@/components/shell/app-icon";

export const size = { width: 180, height: 180 };
export const contentType = "image/png";

/** The icon iOS puts on the home screen. */
export default function AppleIcon() {
  return new ImageResponse(<AppIconImage size={180} maskable />, size);
}
