/**
 * The seams of analyze-failure. The filing types live in core (one filing path for the action,
 * `autoheal run`, captureErrors and the monitor); what only this action needs stays here.
 */
import type { RunInfo } from '@autoheal/core/filing/types';

export type * from '@autoheal/core/filing/types';

/** Why a run is not analyzed; filing turns `success` into closing issues. */
export type TriggerDecision =
  | { kind: 'analyze'; run: RunInfo }
  | { kind: 'success'; run: RunInfo }
  | { kind: 'skip'; reason: string; run?: RunInfo };
