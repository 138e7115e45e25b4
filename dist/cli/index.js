/******/ var __webpack_modules__ = ({

/***/ 486:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var _main_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(70);

process.exitCode = await (0,_main_js__WEBPACK_IMPORTED_MODULE_0__/* .main */ .i)(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), env: process.env });

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 70:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  i: () => (/* binding */ main)
});

;// CONCATENATED MODULE: ./src/version.ts
/** Kept in step with package.json by test/meta/version.test.ts. */
const VERSION = '0.1.0';

;// CONCATENATED MODULE: ./src/cli/io.ts
/** Exit codes CI can trust. */
const EXIT = { ok: 0, findings: 1, usage: 2 };
/** A usage or configuration error: printed as one line, exit code 2. */
class UsageError extends Error {
    name = 'UsageError';
}

;// CONCATENATED MODULE: ./src/cli/commands/explain.ts

function run(_argv, _io) {
    return Promise.reject(new UsageError('the "explain" command is not available yet'));
}

;// CONCATENATED MODULE: ./src/cli/commands/init.ts

function init_run(_argv, _io) {
    return Promise.reject(new UsageError('the "init" command is not available yet'));
}

;// CONCATENATED MODULE: ./src/cli/commands/lint.ts

function lint_run(_argv, _io) {
    return Promise.reject(new UsageError('the "lint" command is not available yet'));
}

;// CONCATENATED MODULE: ./src/cli/commands/print-config.ts

function print_config_run(_argv, _io) {
    return Promise.reject(new UsageError('the "print-config" command is not available yet'));
}

;// CONCATENATED MODULE: ./src/cli/commands/reach.ts

function reach_run(_argv, _io) {
    return Promise.reject(new UsageError('the "reach" command is not available yet'));
}

;// CONCATENATED MODULE: ./src/cli/commands/rules.ts

function rules_run(_argv, _io) {
    return Promise.reject(new UsageError('the "rules" command is not available yet'));
}

;// CONCATENATED MODULE: ./src/cli/main.ts








const HELP = `Usage: sshlint [options] [PATH...]        lint sshd, firewall and fail2ban configs
       sshlint print-config PATH [options]  the effective sshd config, as \`sshd -T\` prints it
       sshlint print-config fail2ban DIR    fail2ban's resolved jails
       sshlint reach PATH --port N          does a new TCP connection to port N get through the firewall?
       sshlint rules [--format json]        list every rule
       sshlint explain RULE                 print a rule's documentation
       sshlint init                         write a commented .sshlint.yml

Run \`sshlint <command> --help\` for a command's options.`;
// Static imports: the ncc bundle must stay one file.
const commands = {
    'print-config': print_config_run,
    reach: reach_run,
    rules: rules_run,
    explain: run,
    init: init_run,
};
async function main(argv, io) {
    const debug = argv.includes('--debug');
    try {
        const [first, ...rest] = argv;
        if (first === '--version' || first === '-v') {
            io.stdout.write(`${VERSION}\n`);
            return EXIT.ok;
        }
        if (first === '--help' || first === '-h' || first === 'help') {
            io.stdout.write(`${HELP}\n`);
            return EXIT.ok;
        }
        const command = first !== undefined ? commands[first] : undefined;
        if (command)
            return await command(rest, io);
        return await lint_run(argv, io);
    }
    catch (err) {
        if (err instanceof UsageError) {
            io.stderr.write(`sshlint: ${err.message}\n`);
            return EXIT.usage;
        }
        const message = err instanceof Error ? err.message : String(err);
        io.stderr.write(`sshlint: internal error: ${message}${debug ? '' : ' (run with --debug for details)'}\n`);
        if (debug && err instanceof Error && err.stack)
            io.stderr.write(`${err.stack}\n`);
        return EXIT.usage;
    }
}


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(486);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
