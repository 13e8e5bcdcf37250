import '../../components/ui/tailwind.css';
import { mountPage } from '../../components/ui/mount';
import { OverlayApp } from '../../components/overlay/overlay-app';

mountPage(<OverlayApp />);
