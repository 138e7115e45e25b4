/** The sshd model of one host. Filled in by src/model/sshd. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface SshdModel {}
