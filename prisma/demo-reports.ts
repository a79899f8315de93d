/**
 * Demo reports, so a first look at the app finds something to read: 示例区自然资源局's
 * 2021 report, published after review, and its 2022 report awaiting the
 * supervisor (shenhe). Their contents are the synthetic, consistent fixtures the
 * checker's tests use (tests/fixtures/demo-county-department-*.json): no errors,
 * and 2022's 上年结转 follows 2021's 结转下年度. Their history is recorded as the
 * workflow would have recorded it.
 */
import fs from "node:fs";
import path from "node:path";
import type { PrismaClient } from "../lib/generated/prisma/client";
import { check, findingCounts } from "../lib/check";
import { fillDerived } from "../lib/report/fill-derived";
import { parseReport } from "../lib/report/schema";
import type { Report } from "../lib/report/types";

const ORG = "org-natural-resources";
const CLERK = "user-natural-resources";
const SUPERVISOR = "user-supervisor";

type Step = { at: string; actor: string; from: string; to: string; comment?: string };

const DEMO_REPORTS: { id: string; fixture: string; status: string; steps: Step[]; published?: { at: string; url: string } }[] = [
  {
    id: "demo-report-natural-resources-2021",
    fixture: "demo-county-department-2021.json",
    status: "published",
    steps: [
      { at: "2022-01-05T09:00:00+08:00", actor: CLERK, from: "", to: "draft", comment: "新建" },
      { at: "2022-01-12T16:20:00+08:00", actor: CLERK, from: "draft", to: "submitted" },
      { at: "2022-01-14T10:05:00+08:00", actor: SUPERVISOR, from: "submitted", to: "approved", comment: "数据已核对，同意发布。" },
      { at: "2022-01-20T15:30:00+08:00", actor: SUPERVISOR, from: "approved", to: "published" },
    ],
    published: { at: "2022-01-20T00:00:00+08:00", url: "http://www.example.gov.cn/zrzyj/xxgk/ndbg/202201/t20220120_1.html" },
  },
  {
    id: "demo-report-natural-resources-2022",
    fixture: "demo-county-department-2022.json",
    status: "submitted",
    steps: [
      { at: "2023-01-04T09:30:00+08:00", actor: CLERK, from: "", to: "draft", comment: "以上年报告为基础新建" },
      { at: "2023-01-16T17:10:00+08:00", actor: CLERK, from: "draft", to: "submitted" },
    ],
  },
];

function readFixture(file: string): Report {
  const parsed = parseReport(JSON.parse(fs.readFileSync(path.join(__dirname, "..", "tests", "fixtures", file), "utf8")));
  if (!parsed.ok) throw new Error(`演示报告 ${file} 无法读取：${parsed.errors[0]}`);
  return fillDerived(parsed.report);
}

/** Creates the demo reports that are missing; true if it created any. */
export async function seedDemoReports(db: PrismaClient): Promise<boolean> {
  let created = false;
  let previous: Report | undefined;
  for (const demo of DEMO_REPORTS) {
    const report = readFixture(demo.fixture);
    const findings = check(report, previous);
    previous = report;
    if (await db.report.findUnique({ where: { organizationId_year: { organizationId: ORG, year: report.year } } })) continue;
    const data = JSON.stringify(report);
    const last = demo.steps[demo.steps.length - 1];
    const submitted = demo.steps.find((s) => s.to === "submitted");
    await db.report.create({
      data: {
        id: demo.id,
        organizationId: ORG,
        year: report.year,
        format: report.format,
        status: demo.status,
        data,
        ...findingCounts(findings),
        updatedById: CLERK,
        createdAt: new Date(demo.steps[0].at),
        updatedAt: new Date(last.at),
        publishedAt: demo.published ? new Date(demo.published.at) : null,
        publishedUrl: demo.published?.url ?? null,
        // The first hand-in, as submitReport records it (the deadline column reads it).
        submittedAt: submitted ? new Date(submitted.at) : null,
        events: {
          create: demo.steps.map((s) => ({ actorId: s.actor, fromStatus: s.from, toStatus: s.to, comment: s.comment ?? null, createdAt: new Date(s.at) })),
        },
        // What was submitted is kept as the workflow keeps it (the supervisor's "changes since submission").
        snapshots: submitted ? { create: { version: 1, data, createdAt: new Date(submitted.at) } } : undefined,
      },
    });
    created = true;
  }
  return created;
}
