"use client";

import { ApiReferenceReact } from "@scalar/api-reference-react";
import "@scalar/api-reference-react/style.css";

/**
 * Scalar's reference of the OpenAPI document, configured to contact nothing but this site: no web fonts, no
 * telemetry, no AI agent or MCP, no request proxy (the CSP's connect-src 'self' would refuse them anyway). It is
 * loaded through next/dynamic from ApiReference only, so its code and styles reach no other page.
 */
export default function ScalarReference({ url }: { url: string }) {
  return (
    <ApiReferenceReact
      configuration={{
        url,
        withDefaultFonts: false,
        telemetry: false,
        agent: { disabled: true },
        mcp: { disabled: true },
        hideClientButton: true,
        hideDarkModeToggle: true,
        forceDarkModeState: "light",
        showDeveloperTools: "never",
        documentDownloadType: "json",
      }}
    />
  );
}
