/** The fail2ban model of one host. Filled in by src/model/fail2ban. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Fail2banModel {}
