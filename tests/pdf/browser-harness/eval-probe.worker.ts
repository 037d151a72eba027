// Reports whether this worker may evaluate strings (true = blocked, as the CSP demands).
let blocked = false;
try {
  new Function('return 1')();
} catch {
  blocked = true;
}
postMessage(blocked);
