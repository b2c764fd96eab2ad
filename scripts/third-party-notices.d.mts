// Types of scripts/third-party-notices.mjs for vite.config.ts.
export declare function thirdPartyNotices(root: string, inputs: Iterable<string>, intro: string): string;
