// Which cases the head's cases tab lists when the report's "in progress" count is followed: those its
// visits opened, registered in the report's days, in its sector or the whole office.
export interface OpenedFilter {
  from: string;
  to: string;
  fromVisit: boolean;
  /** null: every sector. */
  sectorId: string | null;
}
