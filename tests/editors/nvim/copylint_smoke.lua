-- Headless Neovim (0.7+) check of copylint-server with the built-in LSP client, no plugins.
-- Env: LSP_CMD (JSON array), LSP_FILE (a copy of fixtures/flawed.md), LSP_OUT (JSON result path).
local out_path = os.getenv('LSP_OUT')
local file = os.getenv('LSP_FILE')
local cmd = vim.fn.json_decode(os.getenv('LSP_CMD'))
local result = { editor = 'neovim', codes = {}, actions = {} }

local function finish(code)
  local f = io.open(out_path, 'w'); f:write(vim.fn.json_encode(result)); f:close()
  vim.cmd(code == 0 and 'qall!' or ('cquit! ' .. code))
end

local function code_of(d)
  return d.user_data and d.user_data.lsp and d.user_data.lsp.code or nil
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(file))
  local bufnr = vim.api.nvim_get_current_buf()
  local client_id = vim.lsp.start_client({ name = 'copylint', cmd = cmd, root_dir = vim.fn.fnamemodify(file, ':p:h') })
  assert(client_id, 'start_client failed')
  vim.lsp.buf_attach_client(bufnr, client_id)
  local function copylint() 
    local found = {}
    for _, d in ipairs(vim.diagnostic.get(bufnr)) do
      local c = code_of(d)
      if c and tostring(c):match('^CL%d%d%d%d$') then table.insert(found, d) end
    end
    return found
  end
  vim.wait(20000, function() return #copylint() > 0 end, 50)
  local diags = copylint()
  local target
  for _, d in ipairs(diags) do
    table.insert(result.codes, code_of(d))
    if not target and code_of(d) == 'CL0001' then target = d end
  end
  if not target then return end
  local pos = { line = target.lnum, character = target.col }
  local uri = vim.uri_from_bufnr(bufnr)
  local hover = vim.lsp.buf_request_sync(bufnr, 'textDocument/hover', { textDocument = { uri = uri }, position = pos }, 10000)
  local h = hover and hover[client_id] and hover[client_id].result
  result.hover = h and h.contents and (h.contents.value or h.contents) or vim.NIL
  -- 0.7 keeps only the code in user_data: rebuild the LSP diagnostic for the request
  local lsp_diag = { range = { start = pos, ['end'] = { line = target.end_lnum, character = target.end_col } },
    message = target.message, severity = target.severity, source = target.source, code = code_of(target) }
  local response = vim.lsp.buf_request_sync(bufnr, 'textDocument/codeAction',
    { textDocument = { uri = uri }, range = lsp_diag.range, context = { diagnostics = { lsp_diag } } }, 10000)
  local actions = response and response[client_id] and response[client_id].result or {}
  local chosen
  for _, a in ipairs(actions) do
    table.insert(result.actions, a.title)
    if not chosen and a.title:match('^Add attribution') then chosen = a end
  end
  if chosen and chosen.edit then
    local enc = (vim.lsp.get_client_by_id(client_id) or {}).offset_encoding or 'utf-16'
    vim.lsp.util.apply_workspace_edit(chosen.edit, enc)
    result.line_after_fix = vim.api.nvim_buf_get_lines(bufnr, target.lnum, target.lnum + 1, false)[1]
  end
  vim.lsp.stop_client(client_id)
  vim.wait(3000, function() return vim.lsp.get_client_by_id(client_id) == nil end, 50)
end)
if not ok then result.error = tostring(err); finish(1) else finish(0) end
