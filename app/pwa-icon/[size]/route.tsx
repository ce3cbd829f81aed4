import { ImageResponse } from "next/og";
import { AppIconImage } from "@/components/shell/app-icon";

/** The install icons the manifest lists: `192`, `512` and `maskable-512` (drawn inside the safe zone). */
const VARIANTS: Record<string, { size: number; maskable: boolean }> = {
  "192": { size: 192, maskable: false },
  "512": { size: 512, maskable: false },
  "maskable-512": { size: 512, maskable: true },
};

export const dynamic = "force-static";
export const generateStaticParams = () => Object.keys(VARIANTS).map((size) => ({ size }));

export async function GET(_request: Request, { params }: { params: Promise<{ size: string }> }) {
  const variant = VARIANTS[(await params).size];
  if (!variant) return new Response("Not found", { status: 404 });
  return new ImageResponse(<AppIconImage size={variant.size} maskable={variant.maskable} />, {
    width: variant.size,
    height: variant.size,
    headers: { "Cache-Control": "public, max-age=86400" },
  });
}
