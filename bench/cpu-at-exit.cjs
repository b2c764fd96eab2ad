// Preloaded (`node -r`) into every process the start-up benchmark runs, the baseline `node -e 0` included: appends the
// process's CPU time (user + system, milliseconds) to the file named by CPU_REPORT when it exits.
const { appendFileSync } = require('node:fs');

process.on('exit', () => {
  const { user, system } = process.cpuUsage();
  appendFileSync(process.env.CPU_REPORT, `${(user + system) / 1000}\n`);
});
