// The workspace's sidebar (loaded only when a workspace is open, so the designer's first load does not carry it):
// the API's name and file, Run all and the workspace's own actions, and the searchable list of its methods.
import { useDesigner } from '../../store/hooks.tsx';
import { MethodList } from './method-list.tsx';
import { WorkspaceActions } from './workspace-actions.tsx';
import './workspace.css';

export default function WorkspaceSidebar() {
  const { name, fileName, count } = useDesigner((s) => ({
    name: s.workspace.open?.name ?? '',
    fileName: s.workspace.open?.source.fileName ?? '',
    count: s.workspace.open?.methods.length ?? 0,
  }));
  return (
    <nav className="workspace-sidebar" aria-label="Workspace">
      <h2 className="workspace-title">{name}</h2>
      <p className="note">
        {count} {count === 1 ? 'method' : 'methods'} from {fileName}
      </p>
      <WorkspaceActions />
      <MethodList />
    </nav>
  );
}
