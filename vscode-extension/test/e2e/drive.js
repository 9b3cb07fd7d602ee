// End-to-end checks of the CopyLint extension in a real VS Code (code-server), driven with Chromium through
// playwright-core. Run by scripts/vscode-e2e.sh, which starts code-server with the .vsix installed.
// Prints one line per check ("PASS name" / "FAIL name: why") and writes OUT/result.json + screenshots.
// Env: CS_URL, CS_FOLDER (workspace on disk), OUT, CHROMIUM, STEP_TIMEOUT_MS,
//      FLAWED (file name), CLEAN (file name), EXPECT_RULES (comma list that must show in Problems),
//      FIX_RULE (rule whose quick fix is applied), FIX_LINE_TEXT (text on the line of that finding),
//      FIX_TITLE (start of the quick fix title), FIX_TEXT (text present after the fix),
//      HOVER_EXPECT (text the hover must contain), EXPECT_SCHEMA=0 skips the copylint.json schema check.
'use strict';
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');

const env = process.env;
const URL = env.CS_URL;
const FOLDER = env.CS_FOLDER;
const OUT = env.OUT;
const TIMEOUT = Number(env.STEP_TIMEOUT_MS || 45000);
const FLAWED = env.FLAWED || 'flawed-draft.md';
const CLEAN = env.CLEAN || 'clean-story.md';
const EXPECT_RULES = (env.EXPECT_RULES || 'CL0001,CL0003').split(',');
const FIX_RULE = env.FIX_RULE || 'CL0001';
const FIX_LINE_TEXT = env.FIX_LINE_TEXT || 'At least 42';
const FIX_TITLE = env.FIX_TITLE || 'Add attribution';
const FIX_TEXT = env.FIX_TEXT || 'according to <source>';
const HOVER_EXPECT = env.HOVER_EXPECT || `${FIX_RULE}: `;
const SQUIGGLES = '.monaco-editor .squiggly-error, .monaco-editor .squiggly-warning, .monaco-editor .squiggly-info';

fs.mkdirSync(OUT, { recursive: true });
const t0 = Date.now();
const result = { checks: [], screenshots: [] };
let page;

async function shot(name) {
  const file = path.join(OUT, name);
  await page.screenshot({ path: file }).catch(() => {});
  result.screenshots.push(name);
}

/** Run one check; a failure is recorded and, when `critical`, stops the run. */
async function check(name, fn, { critical = false } = {}) {
  const start = Date.now();
  try {
    const detail = await fn();
    result.checks.push({ name, ok: true, ms: Date.now() - start, detail });
    console.log(`PASS ${name}${detail ? ` (${String(detail).replace(/\s+/g, ' ').slice(0, 160)})` : ''}`);
    return true;
  } catch (e) {
    const why = String((e && e.message) || e).split('\n')[0].slice(0, 300);
    result.checks.push({ name, ok: false, ms: Date.now() - start, error: why });
    console.log(`FAIL ${name}: ${why}`);
    await shot(`failure-${result.checks.length}.png`);
    if (critical) throw new Error(`critical check failed: ${name}`);
    return false;
  }
}

const editorText = () => page.evaluate(() => {
  const v = document.querySelector('.editor-group-container.active .monaco-editor .view-lines')
    || document.querySelector('.monaco-editor .view-lines');
  return v ? v.innerText.replace(/\u00a0/g, ' ') : '';
});
const problemsText = () => page.evaluate(() => {
  const p = document.querySelector('.markers-panel');
  return p ? p.innerText : '';
});
// The CopyLint status bar item: its accessible label (what the extension sets) and its visible text.
const STATUS_JS = `(() => {
  const el = [...document.querySelectorAll('.statusbar-item')].find((e) => e.innerText.includes('CopyLint'));
  if (!el) return null;
  const labelled = [el, ...el.querySelectorAll('[aria-label]')].find((e) => e.getAttribute('aria-label'));
  return { label: labelled ? labelled.getAttribute('aria-label') : '', text: el.innerText.replace(/\\s+/g, ' ').trim() };
})()`;
const statusLabel = async () => {
  const s = await page.evaluate(STATUS_JS);
  return s ? `${s.text} [${s.label}]` : '';
};
const waitStatus = (re) => page.waitForFunction(`(() => { const s = ${STATUS_JS}; return !!s && ${re.toString()}.test(s.label); })()`);

async function openFile(name) {
  await page.keyboard.press('Escape');
  const tab = page.locator('.tabs-container .tab', { hasText: name });
  if (await tab.count() > 0) {
    await tab.first().click();
    await page.waitForSelector(`.tabs-container .tab.active[aria-label*="${name}"]`);
    return;
  }
  await page.keyboard.press('Control+P');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type(name);
  await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${name}"]`);
  await page.keyboard.press('Enter');
  await page.waitForSelector(`.tabs-container .tab.active[aria-label*="${name}"]`);
  await page.waitForFunction(() => document.querySelector('.monaco-editor .view-lines')?.innerText.length > 0);
}

/** The bounding box of the squiggle on the editor line that contains `lineText`. */
async function squiggleOnLine(lineText) {
  const handle = await page.waitForFunction(({ sel, lineText }) => {
    const lines = [...document.querySelectorAll('.monaco-editor .view-lines .view-line')];
    const line = lines.find((l) => l.innerText.replace(/\u00a0/g, ' ').includes(lineText));
    if (!line) return null;
    const lr = line.getBoundingClientRect();
    const sq = [...document.querySelectorAll(sel)].map((s) => s.getBoundingClientRect())
      .find((r) => r.width > 0 && Math.abs((r.top + r.bottom) / 2 - (lr.top + lr.bottom) / 2) < lr.height / 2 + 2);
    return sq ? { x: sq.x, y: sq.y, width: sq.width, height: sq.height } : null;
  }, { sel: SQUIGGLES, lineText }, { timeout: TIMEOUT });
  return handle.jsonValue();
}

async function runCommand(title) {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Shift+P');
  await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
  await page.keyboard.type(title);
  await page.waitForSelector(`.quick-input-list .monaco-list-row[aria-label*="${title}"]`);
  await page.keyboard.press('Enter');
}

(async () => {
  const profile = fs.mkdtempSync('/tmp/copylint-e2e-chromium-');
  const ctx = await chromium.launchPersistentContext(profile, {
    executablePath: env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    viewport: { width: 1400, height: 860 },
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  ctx.setDefaultTimeout(TIMEOUT);
  page = ctx.pages()[0] || await ctx.newPage();
  const consoleErrors = [];
  page.on('console', (m) => { if (m.type() === 'error') consoleErrors.push(m.text().slice(0, 300)); });
  try {
    await check('workbench loads the workspace', async () => {
      await page.goto(`${URL}/?folder=${encodeURIComponent(FOLDER)}`);
      await page.waitForSelector('.monaco-workbench');
      await page.waitForSelector(`.explorer-folders-view .monaco-list-row[aria-label*="${FLAWED}"]`);
      await page.locator('.monaco-workbench').click({ position: { x: 700, y: 400 } }).catch(() => {});
    }, { critical: true });

    await check(`opens ${FLAWED}`, () => openFile(FLAWED), { critical: true });

    await check('CopyLint squiggles appear in the flawed draft', async () => {
      await page.waitForSelector(SQUIGGLES);
      await page.waitForTimeout(500);
      const n = await page.locator(SQUIGGLES).count();
      await shot('1-squiggles.png');
      return `${n} squiggle(s)`;
    }, { critical: true });

    await check(`Problems lists ${EXPECT_RULES.join(' and ')} with rule IDs`, async () => {
      await page.keyboard.press('Control+Shift+M');
      await page.waitForSelector('.markers-panel .monaco-list-row');
      await page.waitForFunction((ids) => { const p = document.querySelector('.markers-panel'); return p && ids.every((id) => p.innerText.includes(id)); }, EXPECT_RULES);
      const text = await problemsText();
      await shot('2-problems.png');
      return text.split('\n').filter((l) => /CL\d+/.test(l)).join(' / ');
    });

    await check('status bar shows the file\'s counts', async () => {
      await waitStatus(/1 error, 1 warning/);
      return statusLabel();
    });

    await check('clicking the status bar item opens Problems', async () => {
      await page.keyboard.press('Control+J'); // hide the panel
      await page.waitForSelector('.markers-panel', { state: 'hidden' });
      await page.locator('.statusbar-item', { hasText: 'CopyLint' }).first().click();
      await page.waitForSelector('.markers-panel', { state: 'visible' });
    });

    let box;
    await check(`hover on the ${FIX_RULE} squiggle explains the rule`, async () => {
      box = await squiggleOnLine(FIX_LINE_TEXT);
      const x = box.x + Math.min(box.width / 2, 40);
      const y = box.y + box.height / 2;
      await page.mouse.move(x, y - 4);
      await page.mouse.move(x, y);
      await page.waitForFunction((t) => [...document.querySelectorAll('.monaco-hover')].some((h) => h.offsetParent !== null && h.innerText.includes(t)), HOVER_EXPECT);
      const text = await page.evaluate((t) => [...document.querySelectorAll('.monaco-hover')].map((h) => h.innerText.trim()).filter((s) => s.includes(t)).join('\n'), HOVER_EXPECT);
      await shot('3-hover.png');
      return text.split('\n').find((l) => l.includes(HOVER_EXPECT));
    });

    await check(`quick fix "${FIX_TITLE}" changes the text`, async () => {
      await page.keyboard.press('Escape');
      if (!box) box = await squiggleOnLine(FIX_LINE_TEXT);
      await page.mouse.move(box.x + 10, box.y + 220);
      await page.waitForTimeout(300);
      await page.mouse.click(box.x + Math.min(box.width / 2, 40), box.y + box.height / 2);
      await page.waitForTimeout(1000); // Ctrl+. right after the click can report "No code actions available"
      await page.keyboard.press('Control+.');
      await page.locator('.action-widget .monaco-list-row', { hasText: FIX_TITLE }).first().waitFor({ state: 'visible' });
      const menu = (await page.locator('.action-widget').first().innerText()).trim();
      // move the keyboard focus to the wanted action (clicks are blocked by context-view-pointerBlock)
      for (let i = 0; i < 12; i++) {
        const focused = await page.evaluate(() => document.querySelector('.action-widget .monaco-list-row.focused')?.innerText || '');
        if (focused.includes(FIX_TITLE)) break;
        await page.keyboard.press('ArrowDown');
      }
      await shot('4-quickfix.png');
      await page.keyboard.press('Enter');
      await page.waitForFunction((t) => (document.querySelector('.monaco-editor .view-lines')?.innerText || '').replace(/\u00a0/g, ' ').includes(t), FIX_TEXT);
      const line = (await editorText()).split('\n').find((l) => l.includes(FIX_TEXT));
      return `menu: ${menu.replace(/\n/g, ' | ')}; line now: ${line}`;
    });

    await check(`the ${FIX_RULE} finding goes after the fix`, async () => {
      if (!(await page.locator('.markers-panel').isVisible())) await page.keyboard.press('Control+Shift+M');
      await page.waitForFunction((id) => { const p = document.querySelector('.markers-panel'); return p && !p.innerText.includes(id); }, FIX_RULE);
      await page.waitForTimeout(300);
      await shot('5-after-fix.png');
      return `Problems now: ${(await problemsText()).split('\n').filter((l) => /CL\d+/.test(l)).join(' / ') || '(none)'}; status: ${await statusLabel()}`;
    });

    await check(`${CLEAN} has no findings`, async () => {
      await openFile(CLEAN);
      // the status bar switches to this file; it reports "no findings" once the server has answered for it
      await waitStatus(/no findings/);
      await page.waitForTimeout(2500); // a late publish would still show up as squiggles or Problems rows
      const n = await page.locator(SQUIGGLES).count();
      const problems = await problemsText();
      await shot('6-clean.png');
      if (n !== 0) throw new Error(`${n} squiggle(s) in ${CLEAN}`);
      if (problems.includes(CLEAN)) throw new Error(`Problems lists ${CLEAN}: ${problems.slice(0, 200)}`);
      return statusLabel();
    });

    await check('the command palette lists the four CopyLint commands', async () => {
      await page.keyboard.press('Escape');
      await page.keyboard.press('Control+Shift+P');
      await page.waitForSelector('.quick-input-widget input', { state: 'visible' });
      await page.keyboard.type('CopyLint: ');
      const titles = ['Lint Workspace', 'Show Rule Documentation', 'Restart Server', 'Create copylint.json'];
      await page.waitForFunction((ts) => { const l = document.querySelector('.quick-input-list'); return l && ts.every((t) => l.innerText.includes(t)); }, titles);
      await page.keyboard.press('Escape');
      return titles.join(', ');
    });

    await check('CopyLint: Lint Workspace reports the files it checked', async () => {
      await runCommand('CopyLint: Lint Workspace');
      await page.waitForFunction(() => [...document.querySelectorAll('.notification-list-item')].some((n) => /CopyLint checked \d+ files?/.test(n.innerText)));
      // the progress notification has closed (only the summary remains)
      await page.waitForFunction(() => ![...document.querySelectorAll('.notification-list-item, .statusbar')].some((n) => /linting workspace/.test(n.innerText)));
      const text = await page.evaluate(() => [...document.querySelectorAll('.notification-list-item')].map((n) => n.innerText).find((t) => /CopyLint checked/.test(t)));
      await shot('7-lint-workspace.png');
      return text.split('\n').find((l) => /CopyLint checked/.test(l));
    });

    await check('CopyLint: Restart Server restarts and the findings come back', async () => {
      await runCommand('CopyLint: Restart Server');
      await page.waitForFunction(() => /CopyLint server restarted/.test(document.querySelector('.statusbar')?.innerText || ''));
      await openFile(FLAWED);
      await waitStatus(/1 error, 0 warnings/); // the unsaved, fixed text was sent again to the new server
      await page.waitForSelector(SQUIGGLES);
      return statusLabel();
    });

    await check('CopyLint: Create copylint.json writes and opens a starter config', async () => {
      await runCommand('CopyLint: Create copylint.json');
      await page.waitForSelector('.tabs-container .tab.active[aria-label*="copylint.json"]');
      await page.waitForFunction(() => (document.querySelector('.monaco-editor .view-lines')?.innerText || '').includes('"root"'));
      if (!fs.existsSync(path.join(FOLDER, 'copylint.json'))) throw new Error('copylint.json not written to the workspace');
    });

    if (env.EXPECT_SCHEMA !== '0') {
      await check('copylint.json is validated against the shipped schema', async () => {
        // the starter config is open: add a key the schema does not allow and wait for the JSON error
        await page.locator('.monaco-editor .view-lines').first().click();
        await page.keyboard.press('Control+Home');
        await page.keyboard.press('End');
        await page.keyboard.press('Enter');
        await page.keyboard.type('"colour": true,');
        if (!(await page.locator('.markers-panel').isVisible())) await page.keyboard.press('Control+Shift+M');
        await page.waitForFunction(() => /colour/.test(document.querySelector('.markers-panel')?.innerText || ''));
        const line = (await problemsText()).split('\n').find((l) => /colour/.test(l));
        await shot('8-schema.png');
        return line;
      });
    }
  } catch (e) {
    result.aborted = String(e.message || e);
  }
  result.console_errors = consoleErrors.slice(0, 20);
  result.total_ms = Date.now() - t0;
  fs.writeFileSync(path.join(OUT, 'result.json'), JSON.stringify(result, null, 2));
  await ctx.close();
  fs.rmSync(profile, { recursive: true, force: true });
  const failed = result.checks.filter((c) => !c.ok).length;
  process.exit(failed === 0 && !result.aborted ? 0 : 1);
})();
