import "server-only";
import type { ChurnSignalCode, RiskLevel } from "@/lib/churn";
import { getDb } from "@/lib/db/prisma";
import { scopeSql, type DashboardQuery } from "./query";

export type RiskRow = {
  id: string;
  name: string;
  ownerName: string;
  isKeyAccount: boolean;
  riskScore: number;
  riskLevel: RiskLevel;
  churnFlags: ChurnSignalCode[];
  revenue12m: number;
};

export const RISK_LIST_SIZE = 10;

/**
 * The accounts in scope with the highest cached churn risk (AccountMetrics); ties go to the larger 12-month
 * revenue (more to lose), then the name.
 */
export function getRisks(query: DashboardQuery): Promise<RiskRow[]> {
  return getDb().$queryRaw<RiskRow[]>`
    SELECT a.id, a.name, u.name AS "ownerName", a."isKeyAccount", m."riskScore", m."riskLevel",
      m."churnFlags", m."revenue12m"::float8 AS "revenue12m"
    FROM "Account" a
    JOIN "AccountMetrics" m ON m."accountId" = a.id
    JOIN "User" u ON u.id = a."ownerId"
    WHERE ${scopeSql(query)} AND m."riskScore" > 0
    ORDER BY m."riskScore" DESC, m."revenue12m" DESC, a.name, a.id
    LIMIT ${RISK_LIST_SIZE}`;
}
