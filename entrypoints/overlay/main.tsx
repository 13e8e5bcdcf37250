import '../../components/ui/tailwind.css';
import './overlay.css';
import { mountPage } from '../../components/ui/mount';
import { OverlayApp } from '../../components/overlay/overlay-app';
import { startOverlayConnection } from '../../components/overlay/overlay-connection';

// Listen for the content script's port before React renders: its first connect attempt then succeeds.
startOverlayConnection();
mountPage(<OverlayApp />);
