import type { FullResult, Reporter, TestCase, TestResult } from "@playwright/test/reporter";

/**
 * A Playwright reporter that ends the run with the time each project's tests
 * took, added up over the workers: where the browser tests spend their time,
 * for the table npm test prints (scripts/run-tests.ts).
 */
export default class ProjectTimes implements Reporter {
  private readonly byProject = new Map<string, { tests: number; milliseconds: number }>();

  onTestEnd(test: TestCase, result: TestResult): void {
    const project = test.parent.project()?.name ?? "?";
    const times = this.byProject.get(project) ?? { tests: 0, milliseconds: 0 };
    this.byProject.set(project, { tests: times.tests + 1, milliseconds: times.milliseconds + result.duration });
  }

  onEnd(result: FullResult): void {
    // Nothing ran (npx playwright test --list, or a run stopped before its first test).
    if (this.byProject.size === 0) return;
    const rows = [...this.byProject].map(
      ([project, { tests, milliseconds }]) =>
        `  ${project.padEnd(10)} ${String(tests).padStart(4)} tests  ${Math.round(milliseconds / 1000)} s`,
    );
    console.log(
      `\nTesttijd per project, opgeteld over de workers (alles samen ${Math.round(result.duration / 1000)} s):\n${rows.join("\n")}`,
    );
  }

  printsToStdio(): boolean {
    return false;
  }
}
