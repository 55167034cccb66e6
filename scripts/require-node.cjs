/**
 * Runs first in npm start, npm test, npm run build and npm run dev, in
 * whichever Node.js npm finds first on the path: normally the one `npm
 * install` put in node_modules (the pinned `node` package). Without it, an
 * older Node would stop somewhere in a tool with a syntax error; this says
 * what is wrong instead. Written for any Node.js, old ones included: plain
 * CommonJS, no newer syntax.
 */
"use strict";

var required = require("../package.json").dependencies.node;

/** A problem with the running Node.js, in Dutch, or null when it is the pinned one's major version or newer. */
function nodeProblem(running, pinned) {
  var runningMajor = Number(String(running).replace(/^v/, "").split(".")[0]);
  var pinnedMajor = Number(String(pinned).split(".")[0]);
  if (runningMajor >= pinnedMajor) return null;
  return (
    "Dit project draait op Node.js " +
    pinnedMajor +
    ", maar hier draait Node.js " +
    running +
    ".\n" +
    "npm install zet Node.js " +
    pinned +
    " in node_modules (het pakket 'node'), en npm run gebruikt die dan vanzelf.\n" +
    "Voer 'npm install' uit in de map van het project en probeer het opnieuw. Helpt dat niet, kijk dan of\n" +
    "node_modules/.bin/node bestaat: een npm die installatiescripts overslaat, installeert Node.js niet."
  );
}

module.exports = { nodeProblem: nodeProblem };

if (require.main === module) {
  var problem = nodeProblem(process.version, required);
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
  console.log("Node.js " + process.version);
}
