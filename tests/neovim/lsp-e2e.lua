-- End-to-end test of `reportlint lsp` in headless Neovim (0.7 or later), with Neovim's own LSP client.
--
-- Writes a report whose total is wrong, with an emoji before the total on its line (so a column counted in the
-- wrong unit shows), opens it, starts the server and attaches it to the buffer, then:
--   1. waits for RL2001 at its line and column;
--   2. edits the total in the buffer (Neovim sends an incremental didChange) and waits for the new message;
--   3. asks for the code actions at the finding, applies the quick fix, and checks the buffer's text;
--   4. waits for the diagnostic to go (the fixed buffer is linted again);
--   5. stops the client and checks the server exited with 0 after shutdown and exit.
-- Environment: REPORTLINT (the command), REPORTLINT_ENCODING (utf-16, the default, or utf-8: the client then offers
-- UTF-8 in general.positionEncodings and uses it). Exits 0 when every step passes, 1 with a message otherwise.

local command = vim.env.REPORTLINT or 'reportlint'
local encoding = vim.env.REPORTLINT_ENCODING or 'utf-16'
local patience = 60000

local function fail(message)
  io.stderr:write('neovim-lsp (' .. encoding .. '): FAIL: ' .. message .. '\n')
  vim.cmd('cquit 1')
end

local function step(message)
  io.stdout:write('neovim-lsp (' .. encoding .. '): ' .. message .. '\n')
end

local ok, problem = pcall(function()
  local folder = vim.fn.tempname()
  vim.fn.mkdir(folder .. '/.git', 'p')
  local report = folder .. '/status.md'
  vim.fn.writefile({
    '# Sprint status',
    '',
    '| Task | Hours |',
    '|---|---|',
    '| Parser | 2h |',
    '| Tests | 3h |',
    '| **Total** 🚀 | **6h** |',
  }, report)
  vim.cmd('edit ' .. vim.fn.fnameescape(report))
  local bufnr = vim.api.nvim_get_current_buf()

  local capabilities = vim.lsp.protocol.make_client_capabilities()
  if encoding == 'utf-8' then
    capabilities.general = { positionEncodings = { 'utf-8' } }
  end
  local negotiated = nil
  local exit_code = nil
  local client_id = vim.lsp.start_client({
    name = 'reportlint',
    cmd = { command, 'lsp' },
    root_dir = folder,
    capabilities = capabilities,
    offset_encoding = encoding,
    init_options = { debounceMs = 50 },
    on_init = function(_, result)
      negotiated = result.capabilities.positionEncoding
    end,
    on_exit = function(code)
      exit_code = code
    end,
  })
  if not client_id then
    return fail('the client did not start ' .. command)
  end
  vim.lsp.buf_attach_client(bufnr, client_id)

  local function diagnostics()
    return vim.diagnostic.get(bufnr, { namespace = vim.lsp.diagnostic.get_namespace(client_id) })
  end

  -- 1. The finding, at line 7 and at the byte of '6': 12 bytes of '| **Total** ', 4 of the emoji, 5 of ' | **'.
  if not vim.wait(patience, function() return #diagnostics() > 0 end, 20) then
    return fail('no diagnostic for ' .. report)
  end
  if negotiated ~= encoding then
    return fail('the server chose positions in ' .. tostring(negotiated) .. ', not ' .. encoding)
  end
  local d = diagnostics()[1]
  if d.code ~= 'RL2001' or d.lnum ~= 6 or d.col ~= 21 or d.end_col ~= 23 then
    return fail(string.format('expected RL2001 at line 6, bytes 21-23 (0-based); got %s at line %d, bytes %d-%d: %s',
      tostring(d.code), d.lnum, d.col, d.end_col, d.message))
  end
  if d.message ~= 'Total 6h ≠ 2h + 3h = 5h (rows 5–6)' then
    return fail('unexpected message: ' .. d.message)
  end
  if d.user_data.lsp.codeDescription.href ~= 'https://github.com/reportlint/reportlint/blob/main/docs/rules/RL2001.md' then
    return fail('no rule link on the diagnostic')
  end
  step('RL2001 at line 7, column ' .. (d.col + 1) .. ' (bytes): ' .. d.message)

  -- 2. An edit in the buffer: Neovim sends it as an incremental change, in the negotiated encoding.
  vim.api.nvim_buf_set_text(bufnr, 6, 21, 6, 22, { '7' })
  if not vim.wait(patience, function()
    local now = diagnostics()
    return #now == 1 and now[1].message == 'Total 7h ≠ 2h + 3h = 5h (rows 5–6)'
  end, 20) then
    local now = diagnostics()
    return fail('after the edit: ' .. (#now > 0 and now[1].message or 'no diagnostic'))
  end
  d = diagnostics()[1]
  if d.lnum ~= 6 or d.col ~= 21 then
    return fail(string.format('after the edit, the finding moved to line %d, byte %d', d.lnum, d.col))
  end
  step('after an incremental edit: ' .. d.message)

  -- 3. The quick fix at the finding, applied as a workspace edit.
  local client = vim.lsp.get_client_by_id(client_id)
  local line = vim.api.nvim_buf_get_lines(bufnr, 6, 7, true)[1]
  local character = d.col
  if encoding == 'utf-16' then
    local _, utf16 = vim.str_utfindex(line, d.col)
    character = utf16
  end
  local response = client.request_sync('textDocument/codeAction', {
    textDocument = { uri = vim.uri_from_bufnr(bufnr) },
    range = { start = { line = 6, character = character }, ['end'] = { line = 6, character = character } },
    context = { diagnostics = {}, only = { 'quickfix' } },
  }, patience, bufnr)
  if not response or response.err or not response.result or #response.result == 0 then
    return fail('no code action: ' .. vim.inspect(response))
  end
  local action = response.result[1]
  vim.lsp.util.apply_workspace_edit(action.edit, client.offset_encoding)
  local expected = '| **Total** 🚀 | **5h** |'
  local text = vim.api.nvim_buf_get_lines(bufnr, 6, 7, true)[1]
  if text ~= expected then
    return fail('after "' .. action.title .. '" line 7 reads "' .. text .. '", not "' .. expected .. '"')
  end
  local whole = table.concat(vim.api.nvim_buf_get_lines(bufnr, 0, -1, true), '\n')
  if whole ~= '# Sprint status\n\n| Task | Hours |\n|---|---|\n| Parser | 2h |\n| Tests | 3h |\n' .. expected then
    return fail('the buffer changed outside the total:\n' .. whole)
  end
  step('applied "' .. action.title .. '": ' .. text)

  -- 4. The fixed buffer is linted again, and the finding goes.
  if not vim.wait(patience, function() return #diagnostics() == 0 end, 20) then
    return fail('the finding stayed after the fix: ' .. diagnostics()[1].message)
  end
  step('no finding left')

  -- 5. A clean shutdown.
  vim.lsp.stop_client(client_id)
  if not vim.wait(patience, function() return exit_code ~= nil end, 20) then
    return fail('the server did not exit after shutdown')
  end
  if exit_code ~= 0 then
    return fail('the server exited with ' .. exit_code)
  end
  step('the server exited with 0 after shutdown and exit')
  vim.fn.delete(folder, 'rf')
end)

if not ok then
  fail(tostring(problem))
end
vim.cmd('qall!')
