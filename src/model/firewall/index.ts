/** The firewall model of one host. Filled in by src/model/firewall. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface FirewallModel {}
