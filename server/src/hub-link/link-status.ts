// What the head sees of the link to the region hub; the view lives in shared/ so the head's app can
// read the same type from admin:get.
export type { HubLinkError, HubLinkView as HubLinkStatus } from '@kezek/shared';
