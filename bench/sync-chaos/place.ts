/**
 * A simulated workstation for the chaos bench: the same merge rules as the real one
 * (shared/domain/case/case-log.ts) over an in-memory copy of each case it holds, talking to its
 * hub over HTTP. Network failures (a killed hub) leave everything queued for the next try.
 */
import { ulid } from 'ulid';
import { allowedActions } from '../../shared/domain/case/allowed-actions';
import type { Actor, CaseEvent, CaseEventType, UnsealedEvent } from '../../shared/domain/case/case-events';
import { mergeEvent } from '../../shared/domain/case/case-log';
import { parentFieldsFor } from '../../shared/domain/case/case-parents';
import type { CaseState } from '../../shared/domain/case/case-state';
import type { WorkstationIdentity } from '../../shared/domain/region/workstation';
import { sealEvent } from '../../shared/domain/case/event-seal';
import { changesResponseSchema, pushResponseSchema } from '../../shared/sync/protocol';
import { samplePayload } from '../../tests/unit/lifecycle/lifecycle-fixtures';

interface Replica {
  events: CaseEvent[];
  state: CaseState | undefined;
  waiting: CaseEvent[];
}

export class Place {
  readonly actor: Actor;
  private token = '';
  private cursor = '0';
  readonly cases = new Map<string, Replica>();
  outbox: CaseEvent[] = [];
  /** Every event this place made: what the hubs must end up holding. */
  readonly made: CaseEvent[] = [];
  refused = 0;

  constructor(
    private readonly hubUrl: () => string,
    private readonly identity: WorkstationIdentity,
    private readonly enrollmentCode: string,
  ) {
    this.actor = {
      clerk: identity.clerk ?? '张晓梅',
      workstationId: ulid(),
      province: identity.province,
      hallCode: identity.hall.code,
      window: identity.window,
    };
  }

  async enroll(): Promise<void> {
    const response = await fetch(`${this.hubUrl()}/v1/enroll`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ enrollmentCode: this.enrollmentCode, workstationId: this.actor.workstationId, identity: this.identity }),
    });
    if (response.status !== 201) throw new Error(`enroll failed: ${response.status} ${await response.text()}`);
    this.token = ((await response.json()) as { token: string }).token;
  }

  /** Takes a new case's opening events (made here) into its copy and outbox. */
  async open(events: readonly CaseEvent[]): Promise<void> {
    for (const event of events) await this.record(event);
  }

  /** One act the copy of `caseId` allows this place; false when none. */
  async act(caseId: string, choice: number): Promise<boolean> {
    const replica = this.cases.get(caseId);
    if (!replica?.state) return false;
    const offered = allowedActions(replica.state, this.actor).filter((type) => type !== 'accepted' && type !== 'refused');
    if (offered.length === 0) return false;
    const type = offered[choice % offered.length] as CaseEventType;
    const event = await sealEvent({
      id: ulid(),
      caseId,
      type,
      actor: this.actor,
      at: new Date().toISOString(),
      ...parentFieldsFor(replica.state),
      payload: samplePayload(type, false),
    } as UnsealedEvent);
    await this.record(event);
    return true;
  }

  private async record(event: CaseEvent): Promise<void> {
    if (!(await this.merge(event))) throw new Error(`a place could not take its own ${event.type}`);
    this.outbox.push(event);
    this.made.push(event);
  }

  private async merge(event: CaseEvent): Promise<boolean> {
    const replica = this.cases.get(event.caseId) ?? { events: [], state: undefined, waiting: [] };
    this.cases.set(event.caseId, replica);
    if (replica.events.some((held) => held.id === event.id)) return true;
    const merged = await mergeEvent(replica.state, event, async () => replica.events);
    if (merged.kind === 'missingParents') return false;
    if (merged.kind === 'rejected') throw new Error(`a copy refused ${event.type}: ${merged.code}`);
    replica.events.push(event);
    replica.state = merged.state;
    return true;
  }

  /** Pushes the outbox in batches; false when the hub could not be reached. */
  async push(): Promise<boolean> {
    while (this.outbox.length > 0) {
      const batch = this.outbox.slice(0, 100);
      let body: unknown;
      try {
        const response = await fetch(`${this.hubUrl()}/v1/events:push`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${this.token}` },
          body: JSON.stringify({ events: batch }),
          signal: AbortSignal.timeout(15_000),
        });
        if (!response.ok) return false;
        body = await response.json();
      } catch {
        return false;
      }
      const { results } = pushResponseSchema.parse(body);
      const done = new Set(
        results.filter((result) => result.status === 'applied' || result.status === 'duplicate').map((result) => result.id),
      );
      this.refused += results.filter((result) => result.status === 'rejected').length;
      const rejected = new Set(results.filter((result) => result.status === 'rejected').map((result) => result.id));
      this.outbox = this.outbox.filter((event) => !done.has(event.id) && !rejected.has(event.id));
      if (done.size === 0) return true;
    }
    return true;
  }

  /** Pulls the feed to its end; false when the hub could not be reached. */
  async pull(): Promise<boolean> {
    for (;;) {
      let body: unknown;
      try {
        const response = await fetch(`${this.hubUrl()}/v1/changes?cursor=${this.cursor}&limit=500`, {
          headers: { authorization: `Bearer ${this.token}` },
          signal: AbortSignal.timeout(15_000),
        });
        if (!response.ok) return false;
        body = await response.json();
      } catch {
        return false;
      }
      const page = changesResponseSchema.parse(body);
      for (const { event } of page.changes) {
        const replica = this.cases.get(event.caseId) ?? { events: [], state: undefined, waiting: [] };
        this.cases.set(event.caseId, replica);
        replica.waiting.push(event);
        await this.drainWaiting(replica);
      }
      this.cursor = page.nextCursor;
      if (!page.hasMore) return true;
    }
  }

  private async drainWaiting(replica: Replica): Promise<void> {
    for (let progress = true; progress;) {
      progress = false;
      for (const event of [...replica.waiting]) {
        if (await this.merge(event)) {
          replica.waiting = replica.waiting.filter((item) => item.id !== event.id);
          progress = true;
        }
      }
    }
  }

  waitingCount(): number {
    return [...this.cases.values()].reduce((sum, replica) => sum + replica.waiting.length, 0);
  }
}
