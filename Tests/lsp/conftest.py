"""A real LSP client (pytest-lsp, on pygls) driving `kizuna lsp` over stdio on a small journal."""
import asyncio
import os
import pathlib
import shutil
import tempfile

import pytest
import pytest_lsp
from lsprotocol import types
from pytest_lsp import ClientServerConfig, LanguageClient

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
KIZUNA = os.path.join(ROOT, ".build", "debug", "kizuna")

NOTES = {
    "kizuna.yaml": "owner: Yamada Taro\n",
    "people/tanaka-hanako.md": "---\nname: 田中 花子\naliases: [Hanako]\ncircle: core\npurpose: Mentor on design\n---\n"
    "# 田中 花子\n\n## 2026-11-10 Coffee in Shibuya #meet\n- [ ] Send Hanako the slides 📅 2026-11-20\n",
    "people/sato-kenji.md": "---\nname: Sato Kenji\ncircle: close\n---\n## 2026-11-02 Lunch with [[Hanako]] #meet\n",
    "log/2026-11-15.md": "会議 🙂 with [[Hanako]] and [[Sato Kenji]].\n",
}


def written_journal(notes):
    """A temporary folder holding `notes` (path: text), written byte for byte (CRLF stays); yields its real path."""
    path = tempfile.mkdtemp(prefix="kizuna-lsp-")
    for rel, text in notes.items():
        full = os.path.join(path, rel)
        os.makedirs(os.path.dirname(full), exist_ok=True)
        with open(full, "w", encoding="utf-8", newline="") as f:
            f.write(text)
    yield os.path.realpath(path)
    shutil.rmtree(path)


@pytest.fixture(scope="session")
def journal():
    yield from written_journal(NOTES)


def uri(journal, rel):
    return pathlib.Path(os.path.join(journal, rel)).as_uri()


@pytest_lsp.fixture(config=ClientServerConfig(server_command=[KIZUNA, "lsp"]))
async def client(lsp_client: LanguageClient, journal):
    lsp_client.applied = []

    @lsp_client.feature(types.WORKSPACE_APPLY_EDIT)
    def apply_edit(params: types.ApplyWorkspaceEditParams):
        lsp_client.applied.append(params)
        return types.ApplyWorkspaceEditResult(applied=True)

    await lsp_client.initialize_session(
        types.InitializeParams(
            capabilities=types.ClientCapabilities(
                workspace=types.WorkspaceClientCapabilities(
                    workspace_edit=types.WorkspaceEditClientCapabilities(
                        document_changes=True, resource_operations=[types.ResourceOperationKind.Create]
                    )
                )
            ),
            root_uri=pathlib.Path(journal).as_uri(),
            workspace_folders=[types.WorkspaceFolder(uri=pathlib.Path(journal).as_uri(), name="journal")],
        )
    )
    lsp_client.journal = journal
    yield
    await lsp_client.shutdown_session()


async def open_doc(client, rel, text):
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(uri=uri(client.journal, rel), language_id="markdown", version=1, text=text)
        )
    )
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    return uri(client.journal, rel)


async def change_doc(client, rel, text, version=2):
    client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri(client.journal, rel), version=version),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)],
        )
    )
    await client.wait_for_notification(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)

async def published(client, doc, empty=False):
    """The diagnostics of `doc` once some are published (or, with `empty`, once none are): a change that adds a note or
    a person publishes every note it touches, one message each, and `doc`'s may come after the others'."""
    for _ in range(50):
        if bool(client.diagnostics.get(doc)) != empty:
            break
        await asyncio.sleep(0.05)
    return client.diagnostics.get(doc, [])


async def code_actions(client, doc, line, character, diagnostics):
    return await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=doc),
            range=types.Range(
                start=types.Position(line=line, character=character), end=types.Position(line=line, character=character)
            ),
            context=types.CodeActionContext(diagnostics=diagnostics),
        )
    )


async def apply(client, action, doc):
    """Runs a code action's command and returns the one edit the server then asks the client to apply."""
    before = len(client.applied)
    await client.workspace_execute_command_async(types.ExecuteCommandParams(command=action.command, arguments=action.arguments))
    for _ in range(50):
        if len(client.applied) > before:
            break
        await asyncio.sleep(0.05)
    (edit,) = client.applied[-1].edit.changes[doc]
    return edit
