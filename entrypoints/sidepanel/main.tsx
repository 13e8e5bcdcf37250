import '../../components/ui/tailwind.css';
import { mountPage } from '../../components/ui/mount';
import { SidePanelApp } from '../../components/sidepanel/side-panel-app';

mountPage(<SidePanelApp />);
