/** The running version of Sotto, set at build time (with SOTTO_BUILD_ID when given). */
export const VERSION: string = __SOTTO_VERSION__;
