// How an internal tool uses the generated TypeScript client. Compiled (never run) by the build
// against the freshly generated code: an API change that breaks these calls fails the build.
import {
  Configuration,
  FundingApi,
  OrganisationsApi,
  ProjectsApi,
  ResponseError,
  WhoWhatWhereApi,
} from "@sdghub/client";
import type {
  OrganisationPage,
  ProjectRequest,
  ProjectView,
  TransactionView,
  WhoWhatWhereAnswer,
} from "@sdghub/client";

export function configuration(gateway: string, apiKey: string): Configuration {
  return new Configuration({ basePath: gateway, accessToken: async () => apiKey });
}

export async function waterProjectsInKazakhstan(config: Configuration): Promise<OrganisationPage> {
  return new OrganisationsApi(config).listOrganisations({
    country: "KZ",
    kind: "un-entity",
    status: "active",
    page: 0,
    size: 50,
    sort: "name,asc",
  });
}

export async function createThenRetitle(
  config: Configuration,
  request: ProjectRequest,
  idempotencyKey: string,
): Promise<ProjectView> {
  const projects = new ProjectsApi(config);
  const created: ProjectView = await projects.createProject({
    projectRequest: request,
    idempotencyKey,
  });
  const id: string = created.id ?? "";
  const version: number = created.version ?? 0;
  return projects.updateProject({
    id,
    ifMatch: `"${version}"`,
    projectRequest: { ...request, title: { en: "Aral Sea basin water efficiency, phase 2" } },
  });
}

export async function recordDisbursement(
  config: Configuration,
  projectId: string,
  donorId: string,
  agencyId: string,
): Promise<TransactionView> {
  const transaction = await new FundingApi(config).recordTransaction({
    idempotencyKey: "disbursement-2025-03-01-0001",
    transactionRequest: {
      type: "3",
      projectId,
      providerOrganisationId: donorId,
      receiverOrganisationId: agencyId,
      amount: "250000.00",
      currency: "EUR",
      valueDate: new Date("2025-03-01"),
    },
  });
  const usd: string | undefined = transaction.usd?.amount;
  const rateDate: Date | undefined = transaction.usd?.rateDate;
  console.log(`recorded ${usd ?? "?"} USD at the rate of ${rateDate?.toISOString() ?? "?"}`);
  return transaction;
}

export async function whoDoesWhatWhere(config: Configuration): Promise<number> {
  const answer: WhoWhatWhereAnswer = await new WhoWhatWhereApi(config).queryWhoWhatWhere({
    country: "KZ,UZ",
    sdgGoal: "6",
    groupBy: "country,sdgGoal",
  });
  let projects = 0;
  for (const group of answer.groups ?? []) {
    projects += group.projects ?? 0;
  }
  return projects;
}

export async function problemDetail(call: () => Promise<unknown>): Promise<string | undefined> {
  try {
    await call();
    return undefined;
  } catch (failure) {
    if (failure instanceof ResponseError && failure.response.status === 412) {
      const problem: { detail?: string } = await failure.response.json();
      return problem.detail;
    }
    throw failure;
  }
}
