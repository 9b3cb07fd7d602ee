" Headless Vim 9 + ALE check of copylint-server.
" Run: vim -Nu NONE -i NONE -n -es -S copylint_smoke.vim
" Env: LSP_CMD (JSON array), LSP_FILE, LSP_OUT
set nocompatible
let &runtimepath = '/usr/share/vim-ale,' . &runtimepath
filetype on
let g:ale_linters_explicit = 1
let g:ale_linters = {'markdown': ['copylint'], 'text': ['copylint']}
let g:ale_lint_on_enter = 1
runtime plugin/ale.vim
let s:cmd = json_decode($LSP_CMD)
for s:ft in ['markdown', 'text']
  call ale#linter#Define(s:ft, {
  \ 'name': 'copylint', 'lsp': 'stdio', 'executable': s:cmd[0],
  \ 'command': join(map(copy(s:cmd), {_, v -> ale#Escape(v)}), ' '),
  \ 'project_root': fnamemodify($LSP_FILE, ':p:h'),
  \})
endfor
let s:result = {'editor': 'vim-ale', 'codes': [], 'actions': []}
let s:hover = v:null
let s:items = v:null
function! s:OnHover(response) abort
  let s:hover = get(a:response, 'result', v:null)
endfunction
function! s:OnActions(data, items) abort
  let s:items = a:items
  let s:action_data = a:data
endfunction
function! s:Wait(ms, expr) abort
  let l:t = 0
  while !eval(a:expr) && l:t < a:ms
    sleep 50m
    let l:t += 50
  endwhile
endfunction
function! s:CopyLint() abort
  return filter(copy(ale#engine#GetLoclist(bufnr(''))), {_, v -> get(v, 'code', '') =~# '^CL\d\{4}$'})
endfunction
try
  execute 'edit ' . fnameescape($LSP_FILE)
  ALELint
  call s:Wait(20000, '!empty(s:CopyLint())')
  let s:loc = s:CopyLint()
  let s:result.codes = map(copy(s:loc), {_, v -> v.code})
  let s:targets = filter(copy(s:loc), {_, v -> v.code is# 'CL0001'})
  if !empty(s:targets)
    let s:t = s:targets[0]
    call cursor(s:t.lnum, s:t.col)
    call ale#lsp_linter#SendRequest(bufnr(''), 'copylint', ale#lsp#message#Hover(bufnr(''), s:t.lnum, s:t.col), function('s:OnHover'))
    call s:Wait(10000, 's:hover isnot v:null')
    let s:result.hover = type(s:hover) == v:t_dict ? get(get(s:hover, 'contents', {}), 'value', '') : s:hover
    " the path :ALECodeAction takes, with a callback instead of the menu
    call ale#codefix#Execute(0, function('s:OnActions'))
    call s:Wait(10000, 's:items isnot v:null')
    let s:result.actions = map(copy(s:items is v:null ? [] : s:items), {_, v -> v[1].title})
    let s:chosen = filter(copy(s:items is v:null ? [] : s:items), {_, v -> v[1].title =~# '^Add attribution'})
    if !empty(s:chosen)
      call ale#codefix#ApplyLSPCodeAction(s:action_data, s:chosen[0][1])
      let s:result.line_after_fix = getline(s:t.lnum)
    endif
  endif
catch
  let s:result.error = v:exception . ' @ ' . v:throwpoint
endtry
call writefile([json_encode(s:result)], $LSP_OUT)
call ale#lsp#StopAll()
qall!
