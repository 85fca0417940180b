import type { FuseV1Config } from '@electron/fuses';

export declare function fuseConfig(testBuild: boolean): FuseV1Config<boolean>;
export declare function isTestBuild(env?: Record<string, string | undefined>): boolean;
